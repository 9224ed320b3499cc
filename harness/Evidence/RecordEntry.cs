namespace KedaGuidance.Harness.Evidence;

/// <summary>
/// One recorded operation or expectation (a teardown action is an operation) with its timing and outcome, as
/// run-record.json holds it: <c>{"sequence":…,"type":"operation","kind":…,"outcome":"done",…}</c>.
/// </summary>
public sealed record RecordEntry(
    int Sequence,
    EntryType Type,
    string Kind,
    string Summary,
    string? Content,
    string? Budget,
    DateTimeOffset Start,
    TimeSpan Duration,
    EntryOutcome Outcome,
    string? Detail);
