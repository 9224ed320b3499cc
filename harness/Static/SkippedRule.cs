namespace KedaGuidance.Harness.Static;

/// <summary>A rule that did not run, and why.</summary>
public sealed record SkippedRule(string RuleId, string Reason);
