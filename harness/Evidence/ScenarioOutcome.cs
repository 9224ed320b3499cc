using System.Text.Json.Serialization;

namespace KedaGuidance.Harness.Evidence;

/// <summary>How a scenario ended; serialized as the lowercase strings run-record.json has always held.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ScenarioOutcome>))]
public enum ScenarioOutcome
{
    [JsonStringEnumMemberName("passed")]
    Passed,

    [JsonStringEnumMemberName("failed")]
    Failed,

    /// <summary>Not run, with the reason (a missing target, a prerequisite, @ignore).</summary>
    [JsonStringEnumMemberName("skipped")]
    Skipped,

    /// <summary>Stopped by cancellation before it finished.</summary>
    [JsonStringEnumMemberName("cancelled")]
    Cancelled,
}
