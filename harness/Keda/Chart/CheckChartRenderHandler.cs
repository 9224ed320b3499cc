using KedaGuidance.Harness.Helm;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Keda.Chart;

/// <summary>Renders the chart with the run's values files (written to the scratch folder) and checks the render; any problem fails before install.</summary>
public sealed class CheckChartRenderHandler(HelmCli helm, string scratchFolder) : OperationHandler<CheckChartRender, ChartRenderReport>
{
    protected override async Task<ChartRenderReport> ExecuteAsync(CheckChartRender operation, CancellationToken cancellationToken)
    {
        var arguments = HelmValuesFiles.WriteAndPoint(operation.Arguments, operation.ValuesFiles, scratchFolder);
        var objects = RenderedObject.ParseAll(await helm.RunAsync(arguments, targetsCluster: false, cancellationToken));
        var problems = ChartRenderCheck.Problems(objects, operation.Expectations);
        if (problems.Count > 0)
            throw new ChartPreflightException(operation.Chart.Reference, operation.Version, problems);
        return ChartRenderCheck.Report(objects, operation.Expectations);
    }
}
