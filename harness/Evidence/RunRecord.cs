namespace KedaGuidance.Harness.Evidence;

/// <summary>The guide's version: a git commit, or a content hash for a plain folder.</summary>
public sealed record GuideIdentity(string Source, string Kind, string Value)
{
    public override string ToString() => $"{Kind} {Value} ({Source})";
}

/// <summary>A named, target-specific change to what the guide says, shown in the evidence next to the step it changes.</summary>
public sealed record DeclaredDeviation(string Id, string Target, string GuideSays, string SuiteDoes, string Reason);

/// <summary>One recorded operation, expectation or teardown action with its timing and outcome.</summary>
public sealed record RecordEntry(
    int Sequence,
    string Type,
    string Kind,
    string Summary,
    string? Content,
    string? Budget,
    DateTimeOffset Start,
    TimeSpan Duration,
    string Outcome,
    string? Detail);

/// <summary>A finding of a static rule, kept for the evidence (warnings included).</summary>
/// <param name="KnownDefect">For a finding a maintainer accepted (severity "known-defect"): the reason given in features/known-guide-defects.yaml.</param>
public sealed record FindingRecord(string RuleId, string Severity, string File, string Location, string Message, string Hint, string? KnownDefect = null);

/// <summary>One scenario's record.</summary>
public sealed record ScenarioRecord(
    string Id,
    string Feature,
    string Title,
    IReadOnlyList<string> Tags,
    DateTimeOffset Start,
    TimeSpan Duration,
    string Outcome,
    string? Error,
    IReadOnlyList<RecordEntry> Entries,
    IReadOnlyList<FindingRecord> Findings,
    IReadOnlyDictionary<string, object> Attachments);

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
