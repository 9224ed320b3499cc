namespace KedaGuidance.Harness.Evidence;

/// <summary>One scenario's record.</summary>
public sealed record ScenarioRecord(
    string Id,
    string Feature,
    string Title,
    IReadOnlyList<string> Tags,
    DateTimeOffset Start,
    TimeSpan Duration,
    ScenarioOutcome Outcome,
    string? Error,
    IReadOnlyList<RecordEntry> Entries,
    IReadOnlyList<FindingRecord> Findings,
    IReadOnlyDictionary<string, object> Attachments);
