namespace KedaGuidance.Harness.Workloads.Timeline;

/// <summary>Where the timeline handler reads from; the live implementation is <see cref="ClusterTimelineSource"/>, tests script it.</summary>
public interface ITimelineSource
{
    Task<double> ReadMetricAsync(MetricSource source, CancellationToken cancellationToken);

    Task<WorkloadSample> ReadWorkloadAsync(ScalingFollowsOracle expectation, CancellationToken cancellationToken);

    /// <summary>Events of the namespace not returned before (by uid), as one-line texts.</summary>
    Task<IReadOnlyList<string>> ReadNewEventsAsync(string @namespace, CancellationToken cancellationToken);

    /// <summary>The last lines of the KEDA operator's log, where the expected log lines are looked for.</summary>
    Task<IReadOnlyList<string>> ReadOperatorLogAsync(string kedaNamespace, CancellationToken cancellationToken);
}
