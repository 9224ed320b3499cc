using k8s;
using KedaGuidance.Harness.Kubernetes;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Waits;
using KedaGuidance.Harness.Workloads.Diagnostics;
using KedaGuidance.Harness.Workloads.Observers;
using KedaGuidance.Harness.Workloads.Timeline;

namespace KedaGuidance.Harness.Workloads;

/// <summary>
/// The live handlers of the scaling features over one cluster client: ScaledObject Ready, operator log lines, HPA
/// events (Observers/), and the scaling timeline (Timeline/) with its failure diagnostics (Diagnostics/). Metric reads
/// for SQS go through the executor (the SQS operations and handlers), so they are recorded like every other operation.
/// </summary>
public sealed class ScalingObservers(IKubernetes client, IExecutor executor, Action<string> output, string kedaNamespace)
{
    /// <summary>How often the timeline samples: well under the guide's pollingInterval (10 s), so every KEDA poll is seen.</summary>
    public static readonly TimeSpan SamplePeriod = TimeSpan.FromSeconds(1);

    public IReadOnlyList<IExpectationHandler> Expectations()
    {
        var polling = new Polling(KubernetesHandlers.PollInterval);
        var logs = new PodLogReader(client);
        return
        [
            new ScaledObjectReadyHandler(client, polling),
            new OperatorLogHandler(logs, polling),
            new HpaEventHandler(client, polling),
            new ScalingTimelineHandler(new ClusterTimelineSource(client, executor, logs), new ScalingDiagnostics(client, logs, kedaNamespace), output, SamplePeriod),
        ];
    }
}
