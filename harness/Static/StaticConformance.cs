namespace KedaGuidance.Harness.Static;

/// <summary>
/// Runs rules over the guide's documents. A rule that throws is reported as an error of that rule, never swallowed.
/// A file that does not parse is reported by the syntax rules only: what other rules find in it follows from the
/// parse error (a ScaledObject that cannot be read has no trigger), so those findings are dropped and the file is
/// named as not checked instead — the fix points at the one thing to change.
/// </summary>
public static class StaticConformance
{
    public static StaticReport Run(GuideDocuments docs, IEnumerable<IGuideRule> rules, string? onlyFile = null)
    {
        var run = new List<string>();
        var skipped = new List<SkippedRule>();
        var findings = new List<Finding>();
        var notChecked = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (rule is IToolRule { Unavailable: { } reason })
            {
                skipped.Add(new SkippedRule(rule.Id, reason));
                continue;
            }
            run.Add(rule.Id);
            if (onlyFile is not null && rule is GuideRule { } scoped && !scoped.MayReport(onlyFile))
                continue;
            try
            {
                foreach (var finding in rule.Check(docs).Where(f => onlyFile is null || f.File == onlyFile))
                {
                    if (rule.Family != RuleFamilies.Syntax && docs.IsBroken(finding.File))
                        notChecked.Add(finding.File);
                    else
                        findings.Add(finding);
                }
            }
            catch (Exception e)
            {
                findings.Add(new Finding(rule.Id, Severity.Error, onlyFile ?? "(all files)", FindingLocation.None,
                    $"The rule could not finish: {e.GetType().Name}: {e.Message}",
                    "This is a defect of the rule or a file shape it does not expect; report it with the file."));
            }
        }
        return new StaticReport(run, skipped, findings, [.. notChecked]);
    }
}
