using System.Text.Json;
using k8s;
using KedaGuidance.Harness.Aws.Sqs;
using KedaGuidance.Harness.Kubernetes;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Workloads.Observers;

namespace KedaGuidance.Harness.Workloads.Timeline;

/// <summary>The cluster (Deployment, pods, HPA, events, external metrics API) and the SQS operations.</summary>
public sealed class ClusterTimelineSource(IKubernetes client, IExecutor executor, PodLogReader logs) : ITimelineSource
{
    private readonly HashSet<string> _seenEvents = new(StringComparer.Ordinal);

    public async Task<double> ReadMetricAsync(MetricSource source, CancellationToken cancellationToken)
    {
        switch (source)
        {
            case QueueDepthSource queue:
                var depth = await executor.RunAsync(new ReadQueueDepth(queue.QueueUrl), cancellationToken);
                return queue.ScaleOnInFlight ? depth.Total : depth.Visible;
            case ExternalMetricSource external:
                var list = await client.CustomObjects.ListNamespacedCustomObjectAsync("external.metrics.k8s.io", "v1beta1", external.Namespace,
                    external.MetricName, labelSelector: $"scaledobject.keda.sh/name={external.ScaledObject}", cancellationToken: cancellationToken);
                return ExternalMetricValue.Parse(JsonSerializer.SerializeToElement(list));
            default:
                throw new NotSupportedException($"No reader for metric source {source.GetType().Name}.");
        }
    }

    public async Task<WorkloadSample> ReadWorkloadAsync(ScalingFollowsOracle expectation, CancellationToken cancellationToken)
    {
        var deployment = await client.AppsV1.ReadNamespacedDeploymentAsync(expectation.Deployment, expectation.Namespace, cancellationToken: cancellationToken);
        var pods = await client.CoreV1.ListNamespacedPodAsync(expectation.Namespace, labelSelector: LabelSelectorQuery.Of(deployment.Spec?.Selector),
            cancellationToken: cancellationToken);
        var phases = (pods.Items ?? []).GroupBy(p => p.Metadata?.DeletionTimestamp is null ? p.Status?.Phase ?? "?" : "Terminating")
            .Select(g => $"{g.Key} {g.Count()}");
        string hpa;
        try
        {
            var h = await client.AutoscalingV2.ReadNamespacedHorizontalPodAutoscalerAsync(expectation.Hpa, expectation.Namespace, cancellationToken: cancellationToken);
            var current = h.Status?.CurrentMetrics?.FirstOrDefault()?.External?.Current;
            hpa = $"hpa current {h.Status?.CurrentReplicas}, desired {h.Status?.DesiredReplicas}, metric avg {current?.AverageValue?.ToString() ?? "?"}";
        }
        catch (k8s.Autorest.HttpOperationException e) when (e.Response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            hpa = "no hpa";
        }
        return new WorkloadSample(deployment.Spec?.Replicas ?? 1, deployment.Status?.ReadyReplicas ?? 0, string.Join(", ", phases), hpa,
            PodStartFailure.Among(pods.Items ?? [])?.ToString());
    }

    public async Task<IReadOnlyList<string>> ReadNewEventsAsync(string @namespace, CancellationToken cancellationToken)
    {
        var events = await client.CoreV1.ListNamespacedEventAsync(@namespace, cancellationToken: cancellationToken);
        return (events.Items ?? [])
            .Where(e => e.Metadata?.Uid is { } uid && _seenEvents.Add(uid + "/" + e.Count))
            .Select(e => $"event {e.InvolvedObject?.Kind}/{e.InvolvedObject?.Name} {e.Reason}: {e.Message}")
            .ToList();
    }

    /// <summary>The operator writes a few lines per poll; the last 500 reach back well over the 5 s between reads.</summary>
    public async Task<IReadOnlyList<string>> ReadOperatorLogAsync(string kedaNamespace, CancellationToken cancellationToken) =>
        await logs.ReadLinesAsync(kedaNamespace, OperatorLogLine.PodLabel, tailLines: 500, cancellationToken);
}
