using KedaGuidance.Harness.Helm;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Keda.Chart;

/// <summary>
/// The chart preflight: <c>helm template RELEASE CHART --namespace NS --version V -f …</c> with exactly the values files
/// <c>helm install</c> gets, checked by <see cref="ChartRenderCheck"/> before anything is installed. No cluster is
/// contacted (helm renders offline once it has the chart).
/// </summary>
public sealed record CheckChartRender(string Release, KedaChartSource Chart, string Namespace, string Version,
    IReadOnlyList<ValuesFile> ValuesFiles, ChartRenderExpectations Expectations) : Operation<ChartRenderReport>
{
    public override string Kind => "helm.template-check";

    public override string Summary =>
        $"helm template {Release} {Chart} --namespace {Namespace} --version {Version} {string.Join(" ", ValuesFiles.Select(v => "-f " + v.Name))}: " +
        "check images, service accounts and run-id labels before helm install";

    public IReadOnlyList<string> Arguments =>
        ["template", Release, Chart.Reference, "--namespace", Namespace, "--version", Version, .. ValuesFiles.SelectMany(v => new[] { "-f", v.Name })];

    public override string? Content =>
        HelmCommandLine.Content(HelmCommandLine.Format(Arguments, targetsCluster: false), ValuesFiles) + "\n\n# checked: " + Expectations.Describe();

    public override ChartRenderReport Planned() => ChartRenderReport.Planned;
}
