using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Helm;

/// <summary>The guide's check: <c>helm list -n NS</c> shows RELEASE deployed, with chart <c>keda-VERSION</c>.</summary>
public sealed record HelmReleaseDeployed(string Release, string Namespace, string ChartName, string ChartVersion) : Expectation
{
    public override string Kind => "helm.release-deployed";
    public override string Summary => $"helm list -n {Namespace} shows {Release} deployed, chart {ChartName}-{ChartVersion}";

    public IReadOnlyList<string> ListArguments => ["list", "--namespace", Namespace, "--output", "json", "--filter", $"^{Release}$"];
}
