using KedaGuidance.Harness.Helm;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Keda.Chart;

/// <summary>Reads the chart's default values through helm (works for the repository chart, a folder and a .tgz alike).</summary>
public sealed class ReadChartImageDefaultsHandler(HelmCli helm) : OperationHandler<ReadChartImageDefaults, ChartImageDefaults>
{
    protected override async Task<ChartImageDefaults> ExecuteAsync(ReadChartImageDefaults operation, CancellationToken cancellationToken) =>
        ChartImageDefaults.Parse(await helm.RunAsync(operation.Arguments, targetsCluster: false, cancellationToken),
            $"helm show values {operation.Chart} --version {operation.Version}");
}
