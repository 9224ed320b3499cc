using System.Text.Json.Serialization;

namespace KedaGuidance.Harness.Evidence;

/// <summary>
/// How a recorded entry ended. Serialized as the lowercase strings run-record.json has always held ("done", "met",
/// "not met", "planned", "cancelled", "failed"), which CI scripts and earlier records rely on.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<EntryOutcome>))]
public enum EntryOutcome
{
    /// <summary>An operation finished.</summary>
    [JsonStringEnumMemberName("done")]
    Done,

    /// <summary>An expectation held within its budget.</summary>
    [JsonStringEnumMemberName("met")]
    Met,

    /// <summary>An expectation did not hold within its budget.</summary>
    [JsonStringEnumMemberName("not met")]
    NotMet,

    /// <summary>Plan mode: recorded, not performed.</summary>
    [JsonStringEnumMemberName("planned")]
    Planned,

    /// <summary>Stopped by cancellation (Ctrl+C, SIGTERM, the run deadline, the test host).</summary>
    [JsonStringEnumMemberName("cancelled")]
    Cancelled,

    /// <summary>Threw: the handler could not perform or observe it.</summary>
    [JsonStringEnumMemberName("failed")]
    Failed,
}
