using KedaGuidance.Harness.Scaling;

namespace KedaGuidance.Harness.Evidence;

/// <summary>
/// One moment of a scaling timeline: the metric KEDA scales on (queue depth, request rate), the HPA's desired and the
/// deployment's ready replicas, the oracle's band for desired replicas then, the workload's state in words (pods, HPA)
/// and what happened (an event, a log line, why a read failed). A null value means "not observed at that moment",
/// never zero. The one row type of the timeline handler, the run record and the report.
/// </summary>
public sealed record TimelineRow(DateTimeOffset At, double? Metric, int? Desired, int? Ready, string? Event = null)
{
    public TimelineRowKind Kind { get; init; } = TimelineRowKind.Sample;

    /// <summary>The desired replica counts the oracle accepted at this moment; null when unchecked (no metric yet).</summary>
    public ReplicaBand? Allowed { get; init; }

    /// <summary>The workload's state when sampled ("pods: Running 3; hpa current 3, desired 3, …").</summary>
    public string? State { get; init; }

    public bool IsGap => Kind is TimelineRowKind.MetricGap or TimelineRowKind.ReplicaGap;
}
