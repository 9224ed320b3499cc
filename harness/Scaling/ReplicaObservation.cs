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

    public string? Line { get; init; }
}

/// <summary>One row of the timeline as kept for the output and the evidence.</summary>
public sealed record TimelineRow(
    DateTimeOffset At,
    string Kind,
    double? Metric,
    int? Desired,
    int? Ready,
    string? Line,
    string? Allowed);

/// <summary>A desired replica count the oracle does not accept at that time, with what was seen and what was allowed.</summary>
public sealed record TimelineViolation(DateTimeOffset At, int Desired, double? LastMetric, string Allowed, string Reason)
{
    public override string ToString() =>
        $"{At:HH:mm:ss.f}: desired {Desired} with metric {(LastMetric is { } m ? m.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) : "unknown")} — {Reason}; allowed {Allowed}";
}
