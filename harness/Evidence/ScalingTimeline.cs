namespace KedaGuidance.Harness.Evidence;

/// <summary>
/// The timeline of a scaling scenario as the timeline handler produced it and the run record keeps it. The report
/// draws every attachment of this type as a chart: the metric against desired and ready replicas over time, the
/// oracle's band, and a marker for each expected log line; "scaling took" is computed from its rows.
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

    /// <summary>False for a metric-only timeline (a measured rate against the oracle's count, no workload).</summary>
    public bool HasReplicas => Rows.Any(r => r.Desired is not null || r.Ready is not null);

    /// <summary>The rows a chart draws and phases are read from: replayed watch events are kept in the record, not drawn.</summary>
    public IReadOnlyList<TimelineRow> Drawn() => [.. Rows.Where(r => r.Kind != TimelineRowKind.Ignored).OrderBy(r => r.At)];

    /// <summary>Failed reads on this timeline (gaps), for the evidence.</summary>
    public int Gaps => Rows.Count(r => r.IsGap);
}
