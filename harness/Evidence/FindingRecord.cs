namespace KedaGuidance.Harness.Evidence;

/// <summary>A finding of a static rule, kept for the evidence (warnings included).</summary>
public sealed record FindingRecord(string RuleId, string Severity, string File, string Location, string Message, string Hint);
