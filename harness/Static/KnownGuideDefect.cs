namespace KedaGuidance.Harness.Static;

/// <summary>
/// A finding a guide maintainer has accepted, from features/known-guide-defects.yaml: the rule, the file, optionally
/// the finding's subject (when the rule reports several things in one file), and why it is accepted for now.
/// </summary>
public sealed record KnownGuideDefect(string Rule, string File, string? Subject, string Reason, int Line)
{
    public bool Matches(Finding finding) =>
        finding.RuleId == Rule && finding.File == File && (Subject is null || finding.Subject == Subject);

    public string Describe() => $"[{Rule}] {File}{(Subject is null ? "" : $" ({Subject})")}";
}
