namespace KedaGuidance.Harness.Evidence;

/// <summary>The machine-readable record of a run, written as run-record.json under KEDAGUIDE_EVIDENCE.</summary>
public sealed record RunRecord(
    string RunId,
    string Mode,
    string Target,
    GuideIdentity? Guide,
    IReadOnlyDictionary<string, string> Versions,
    IReadOnlyList<DeclaredDeviation> Deviations,
    DateTimeOffset Start,
    DateTimeOffset? End,
    IReadOnlyList<ScenarioRecord> Scenarios,
    IReadOnlyList<RecordEntry> RunEntries,
    IReadOnlyList<string> Leftovers);
