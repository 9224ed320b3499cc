namespace KedaGuidance.Harness.Static;

/// <summary>
/// A finding a guide maintainer has accepted, from features/known-guide-defects.yaml: the rule, the file, optionally
/// the finding's subject (when the rule reports several things in one file), why it is accepted for now, since when the
/// guide has it and what the suite does about it (the report's "Known guide defects" section says all three).
/// </summary>
public sealed record KnownGuideDefect(string Rule, string File, string? Subject, string Reason, string Since, string SuiteDoes, int Line)
{
    public bool Matches(Finding finding) =>
        finding.RuleId == Rule && finding.File == File && (Subject is null || finding.Subject == Subject);

    public string Describe() => $"[{Rule}] {File}{(Subject is null ? "" : $" ({Subject})")}";
}
