namespace KedaGuidance.Harness.Helm;

/// <summary>
/// <c>helm install RELEASE CHART --namespace NS --version V -f values…</c>. No <c>--wait</c>: the guide uses none,
/// and checks the components afterwards, which the suite's expectations do with their own budgets.
/// </summary>
public sealed record HelmInstall(string Release, string Chart, string Namespace, string Version, IReadOnlyList<ValuesFile> ValuesFiles) : HelmOperation
{
    public override string Kind => "helm.install";
    public override string Summary => $"helm install {Release} {Chart} --namespace {Namespace} --version {Version}";
    public override IReadOnlyList<ValuesFile> Values => ValuesFiles;

    public override IReadOnlyList<string> Arguments =>
        ["install", Release, Chart, "--namespace", Namespace, "--version", Version, .. ValuesFiles.SelectMany(v => new[] { "-f", v.Name })];
}
