namespace KedaGuidance.Harness.Scaling;

/// <summary>
/// One thing seen while a workload scales: a metric sample (queue depth, query value) or a failed read of it, the
/// Deployment's desired and ready replicas (from a watch event, with its resourceVersion) or a failed read of them,
/// and an event or operator log line. Any part may be absent.
/// </summary>
public sealed record ReplicaObservation
{
    public required DateTimeOffset At { get; init; }
    public double? Metric { get; init; }

    /// <summary>The metric could not be read (throttled, timed out): a gap, never a metric of 0.</summary>
    public string? MetricReadFailure { get; init; }

    public int? Desired { get; init; }
    public int? Ready { get; init; }

    /// <summary>The replicas could not be read (watch dropped, API error): a gap, never 0 replicas.</summary>
    public string? ReplicaReadFailure { get; init; }

    /// <summary>The Deployment's metadata.resourceVersion when the replicas came from a watch event.</summary>
    public string? ResourceVersion { get; init; }

    /// <summary>The workload's state in words when it was sampled (pods, HPA).</summary>
    public string? State { get; init; }

    /// <summary>Something that happened then: an event, an operator log line.</summary>
    public string? Line { get; init; }
}
