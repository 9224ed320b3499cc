using KedaGuidance.Harness.Evidence;

namespace KedaGuidance.Harness.Static;

/// <summary>One thing a static rule found in one file of the guide, with what to change.</summary>
/// <param name="Subject">A short, stable name of what the finding is about when a rule reports several things in one file
/// (e.g. "chart 2.20.2"): how features/known-guide-defects.yaml tells them apart, since lines and messages change.</param>
public sealed record Finding(string RuleId, Severity Severity, string File, FindingLocation Location, string Message, string Hint,
    string? Subject = null)
{
    /// <summary>The finding for the evidence; one a maintainer accepted (<paramref name="knownDefect"/>) gets severity
    /// "known-defect" and carries the defect's reason, since when and what the suite does about it.</summary>
    public FindingRecord ToRecord(KnownGuideDefect? knownDefect = null) => knownDefect is null
        ? new(RuleId, Severity.ToString().ToLowerInvariant(), File, Location.ToString(), Message, Hint)
        : new(RuleId, FindingRecord.KnownDefectSeverity, File, Location.ToString(), Message, Hint, knownDefect.Reason, knownDefect.Since, knownDefect.SuiteDoes);

    /// <summary>Readable without knowing the suite: what, where, why, how to fix.</summary>
    public string Describe()
    {
        var where = Location.ToString();
        return $"{Severity.ToString().ToUpperInvariant()} [{RuleId}] {File}{(where.Length > 0 ? " (" + where + ")" : "")}\n" +
               $"    {Message}\n    fix: {Hint}";
    }
}
