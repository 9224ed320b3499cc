using System.Text;
using k8s;
using KedaGuidance.Harness.Workloads.Observers;

namespace KedaGuidance.Harness.Workloads.Diagnostics;

/// <summary>
/// The operator, metrics-server and admission webhook logs (last lines), the namespace's events and the HPA as the
/// API returns it (kubectl describe hpa shows the same status, conditions and events). Each part that cannot be read
/// says so instead of failing the collection.
/// </summary>
public sealed class ScalingDiagnostics(IKubernetes client, PodLogReader logs, string kedaNamespace) : IScalingDiagnostics
{
    public const int LogLines = 200;

    public async Task<string> CollectAsync(ScalingFollowsOracle expectation, CancellationToken cancellationToken)
    {
        var builder = new StringBuilder();
        foreach (var component in Keda.KedaInstallation.Components)
            builder.AppendLine($"--- logs app={component} (last {LogLines} lines)").AppendLine(await Try(() => LogsAsync(component, cancellationToken)));
        builder.AppendLine($"--- events in {expectation.Namespace}").AppendLine(await Try(async () =>
        {
            var events = await client.CoreV1.ListNamespacedEventAsync(expectation.Namespace, cancellationToken: cancellationToken);
            return string.Join("\n", (events.Items ?? []).Select(e => $"{e.LastTimestamp:HH:mm:ss} {e.Type} {e.Reason} {e.InvolvedObject?.Kind}/{e.InvolvedObject?.Name}: {e.Message}"));
        }));
        builder.AppendLine($"--- HPA {expectation.Namespace}/{expectation.Hpa}").AppendLine(await Try(async () =>
        {
            var hpa = await client.AutoscalingV2.ReadNamespacedHorizontalPodAutoscalerAsync(expectation.Hpa, expectation.Namespace, cancellationToken: cancellationToken);
            return KubernetesYaml.Serialize(new { hpa.Spec, hpa.Status });
        }));
        return builder.ToString();
    }

    private async Task<string> LogsAsync(string app, CancellationToken cancellationToken)
    {
        var builder = new StringBuilder();
        foreach (var log in await logs.ReadAsync(kedaNamespace, $"app={app}", LogLines, cancellationToken))
            builder.AppendLine($"[{log.Pod}]").AppendJoin('\n', log.Lines).AppendLine();
        return builder.ToString();
    }

    private static async Task<string> Try(Func<Task<string>> read)
    {
        try
        {
            return await read();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return $"(could not read: {e.Message})";
        }
    }
}
