using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Keda.Chart;

/// <summary>
/// What the chart preflight found in a render that passed: the objects, the images (the images the cluster will pull
/// for KEDA), each Deployment's service account, and the objects the chart cannot label with the run id.
/// A planned report holds no render (a plan contacts nothing) and says so.
/// </summary>
public sealed record ChartRenderReport(int Objects, IReadOnlyList<string> Images, IReadOnlyList<string> ServiceAccounts,
    IReadOnlyList<string> WithoutRunLabel, bool IsPlanned = false) : IDescribedResult
{
    public static ChartRenderReport Planned { get; } = new(0, [], [], [], IsPlanned: true);

    public string Describe() => IsPlanned
        ? "planned: a live run renders the chart with exactly these values files and checks the render before helm install"
        : $"{Objects} objects rendered; images {string.Join(", ", Images)}; service accounts {string.Join(", ", ServiceAccounts)}" +
          (WithoutRunLabel.Count > 0 ? $"; without the run-id label (the chart's values cannot label them; helm uninstall removes them): {string.Join(", ", WithoutRunLabel)}" : "");
}
