using System.Text;

namespace KedaGuidance.Harness.Static;

/// <summary>What a set of rules found.</summary>
/// <param name="Unchecked">Files that do not parse and that rules of this set found something in: their findings were dropped (the syntax rules report the file once).</param>
public sealed record StaticReport(IReadOnlyList<string> RulesRun, IReadOnlyList<SkippedRule> Skipped, IReadOnlyList<Finding> Findings,
    IReadOnlyList<string>? Unchecked = null)
{
    public IReadOnlyList<Finding> Errors => Findings.Where(f => f.Severity == Severity.Error).ToList();
    public IReadOnlyList<Finding> Warnings => Findings.Where(f => f.Severity == Severity.Warning).ToList();
    public IReadOnlyList<string> UncheckedFiles => Unchecked ?? [];

    /// <summary>Every finding, then a count: the scenario's output.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.AppendLine($"rules run: {string.Join(", ", RulesRun)}");
        foreach (var skipped in Skipped)
            text.AppendLine($"SKIPPED [{skipped.RuleId}] {skipped.Reason}");
        foreach (var file in UncheckedFiles)
            text.AppendLine($"NOT CHECKED {file}: it does not parse (the syntax rules report where); fix it first");
        foreach (var finding in Findings)
            text.AppendLine(finding.Describe());
        text.Append($"{Errors.Count} error(s), {Warnings.Count} warning(s)");
        return text.ToString();
    }

    /// <summary>The failure message: only the errors, each with file, rule and fix.</summary>
    public string DescribeErrors() =>
        $"The guide breaks {Errors.Count} static rule(s); each would stop or mislead a reader following the guide:\n" +
        string.Join("\n", Errors.Select(e => e.Describe()));
}
