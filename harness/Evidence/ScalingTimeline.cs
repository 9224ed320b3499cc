namespace KedaGuidance.Harness.Evidence;

/// <summary>
/// One observation of a scaling scenario: the metric KEDA scales on (queue depth, request rate), the HPA's desired
/// replicas and the deployment's ready replicas at one moment, and optionally what happened then (a pod phase, an
/// event). A null value means "not observed at that moment", never zero.
/// </summary>
public sealed record TimelineRow(DateTimeOffset At, double? Metric, int? Desired, int? Ready, string? Event = null);

/// <summary>
/// What the scaling oracle allows between two moments: ready replicas within [Min, Max], and why (KEDA's formula
/// applied to the metric observed, the HPA's tolerance and stabilization windows).
/// </summary>
public sealed record OracleBand(DateTimeOffset From, DateTimeOffset To, int Min, int Max, string Why);

/// <summary>A log line the guide says to expect, and when the run saw it (null: not seen).</summary>
public sealed record ExpectedLogLine(string Source, string Line, DateTimeOffset? SeenAt);

/// <summary>
/// The timeline of a scaling scenario, attached with <c>recorder.Attach("timeline", timeline)</c>. The report draws
/// every attachment of this type as a chart: the metric against desired and ready replicas over time, the oracle's
/// band, and a marker for each expected log line.
/// </summary>
public sealed record ScalingTimeline(
    string Metric,
    string Unit,
    IReadOnlyList<TimelineRow> Rows,
    IReadOnlyList<OracleBand> Bands,
    IReadOnlyList<ExpectedLogLine> LogLines)
{
    /// <summary>The value the report looks for to recognise a timeline in run-record.json, where the type is gone.</summary>
    public const string KindName = "scaling-timeline";

    /// <summary>Serialized with the timeline so a re-read record still says what this attachment is.</summary>
    public string Kind => KindName;
}
