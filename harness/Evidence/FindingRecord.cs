namespace KedaGuidance.Harness.Evidence;

/// <summary>A finding of a static rule, kept for the evidence (warnings included).</summary>
/// <param name="KnownDefect">For a finding a maintainer accepted (severity "known-defect"): the reason given in features/known-guide-defects.yaml.</param>
public sealed record FindingRecord(string RuleId, string Severity, string File, string Location, string Message, string Hint, string? KnownDefect = null);
