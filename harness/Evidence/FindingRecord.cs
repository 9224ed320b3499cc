using System.Text.Json.Serialization;

namespace KedaGuidance.Harness.Evidence;

/// <summary>A finding of a static rule, kept for the evidence (warnings included).</summary>
/// <param name="KnownDefect">For a finding a maintainer accepted (severity "known-defect"): the reason given in features/known-guide-defects.yaml.</param>
/// <param name="KnownSince">For an accepted finding: since which guide commit (and dependency version) the guide has it.</param>
/// <param name="SuiteDoes">For an accepted finding: what the suite does about it.</param>
public sealed record FindingRecord(string RuleId, string Severity, string File, string Location, string Message, string Hint,
    string? KnownDefect = null, string? KnownSince = null, string? SuiteDoes = null)
{
    /// <summary>The severity string of a finding a maintainer accepted (features/known-guide-defects.yaml): it does not fail the run.</summary>
    public const string KnownDefectSeverity = "known-defect";

    // Derived from Severity, so not written: run-record.json keeps the shape it has.
    [JsonIgnore]
    public bool IsKnownDefect => Severity == KnownDefectSeverity;
}
