using KedaGuidance.Harness.Helm;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Keda.Chart;

/// <summary>
/// <c>helm show values CHART --version V</c>: the image registries the chart defaults to, from the chart itself, so the
/// suite knows whether the guide's repositories need their registry emptied. A plan contacts nothing and answers from
/// the suite's chart facts (<see cref="ChartImageDefaults.Planned"/>).
/// </summary>
public sealed record ReadChartImageDefaults(KedaChartSource Chart, string Version) : Operation<ChartImageDefaults>
{
    public override string Kind => "helm.show-values";

    public override string Summary => $"helm show values {Chart} --version {Version}: the image registries the chart defaults to";

    public IReadOnlyList<string> Arguments => ["show", "values", Chart.Reference, "--version", Version];

    public override string? Content => HelmCommandLine.Format(Arguments, targetsCluster: false);

    public override ChartImageDefaults Planned() => ChartImageDefaults.Planned(Version);
}
