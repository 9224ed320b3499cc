using System.Text.Json.Serialization;

namespace KedaGuidance.Harness.Evidence;

/// <summary>What a timeline row is. A gap is a read that failed: its values are absent, never zero.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TimelineRowKind>))]
public enum TimelineRowKind
{
    /// <summary>What was read at that moment (any value may still be absent: not read then).</summary>
    [JsonStringEnumMemberName("sample")]
    Sample,

    /// <summary>The metric could not be read (throttled, timed out); <see cref="TimelineRow.Event"/> says why.</summary>
    [JsonStringEnumMemberName("metric-gap")]
    MetricGap,

    /// <summary>The replicas could not be read (API error, watch dropped); <see cref="TimelineRow.Event"/> says why.</summary>
    [JsonStringEnumMemberName("replica-gap")]
    ReplicaGap,

    /// <summary>A watch event replayed after a reconnect (a resourceVersion already seen or older), kept but not checked.</summary>
    [JsonStringEnumMemberName("ignored")]
    Ignored,
}
