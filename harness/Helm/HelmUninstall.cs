using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Helm;

/// <summary><c>helm uninstall RELEASE --namespace NS --wait --timeout Ns</c>: waits until the release's resources are deleted, within the budget.</summary>
public sealed record HelmUninstall(string Release, string Namespace, WaitBudget Budget) : HelmOperation
{
    public override string Kind => "helm.uninstall";
    public override string Summary => $"helm uninstall {Release} --namespace {Namespace} (wait within {Budget})";

    public override IReadOnlyList<string> Arguments =>
        ["uninstall", Release, "--namespace", Namespace, "--wait", "--timeout", $"{(int)Math.Ceiling(Budget.Limit.TotalSeconds)}s"];
}
