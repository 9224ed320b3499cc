namespace KedaGuidance.Harness.Keda.Chart;

/// <summary>The chart, rendered with the run's values, would not work; nothing was installed. The message names each object and value.</summary>
public sealed class ChartPreflightException(string chart, string version, IReadOnlyList<string> problems)
    : Exception($"The KEDA chart {chart} {version}, rendered with the run's values files (helm template), would not work, so nothing was installed:\n" +
                string.Join("\n", problems.Select(p => "  - " + p)) +
                "\nPin another chart (KEDAGUIDE_KEDA_CHART_VERSION) or point KEDAGUIDE_KEDA_CHART at a chart that renders right.")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
