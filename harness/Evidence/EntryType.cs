using System.Text.Json.Serialization;

namespace KedaGuidance.Harness.Evidence;

/// <summary>
/// What a recorded entry is. Serialized as the lowercase strings run-record.json has always held ("operation",
/// "expectation"), which CI scripts and earlier records rely on.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<EntryType>))]
public enum EntryType
{
    /// <summary>Something done to a target (apply, install, send, start a process).</summary>
    [JsonStringEnumMemberName("operation")]
    Operation,

    /// <summary>Something awaited or checked on a target within a budget.</summary>
    [JsonStringEnumMemberName("expectation")]
    Expectation,
}
