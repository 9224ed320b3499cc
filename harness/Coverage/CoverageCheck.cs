using System.Text;

namespace KedaGuidance.Harness.Coverage;

/// <summary>
/// Compares the guide's steps with the tie file: each step must have an entry (same id; same section, or it is
/// reported as moved), and each entry must still name a step of the guide. A changed command therefore shows as
/// its new text missing and its old text stale, both naming the section.
/// </summary>
public static class CoverageCheck
{
    public static CoverageResult Check(IReadOnlyList<GuideStep> steps, CoverageTie tie, string tieFileName)
    {
        var problems = new List<string>(tie.Problems);
        var unused = tie.Entries.ToList();
        var matched = new TieEntry?[steps.Count];

        // Same id and same section first, so that a command repeated in several sections matches its own entry.
        for (var i = 0; i < steps.Count; i++)
            matched[i] = Take(unused, e => e.Id == steps[i].Id && e.Section == steps[i].Section);
        for (var i = 0; i < steps.Count; i++)
        {
            if (matched[i] is not null)
                continue;
            matched[i] = Take(unused, e => e.Id == steps[i].Id);
            if (matched[i] is { } moved)
                problems.Add($"moved: {tieFileName}:{moved.Line} ties {moved.Id} under section \"{moved.Section}\", but the guide now has it under \"{steps[i].Section}\" (line {steps[i].Line}): {steps[i].Display}. Update its section:.");
        }

        var coverage = steps.Select((s, i) => new StepCoverage(s, matched[i])).ToList();
        foreach (var c in coverage)
        {
            if (c.Entry is null)
                problems.Add($"missing: section \"{c.Step.Section}\", line {c.Step.Line}: {c.Step.Display} — neither covered nor waived in {tieFileName}. Add:\n{Suggestion(c.Step, tie.Targets)}");
            else if (c.Step.Kind == GuideStepKind.Command && StepNormalizer.Collapse(c.Entry.Step) != StepNormalizer.Collapse(c.Step.Display))
                problems.Add($"step text: {tieFileName}:{c.Entry.Line} ({c.Entry.Id}) reads \"{c.Entry.Step}\" but the guide's step is \"{c.Step.Display}\". Copy the guide's text into step:.");
        }
        foreach (var stale in unused)
            problems.Add($"stale: {tieFileName}:{stale.Line} ties {stale.Id} in section \"{stale.Section}\": {stale.Step} — the guide has no such step any more (changed or removed). Update or remove the entry.");

        return new CoverageResult(coverage, problems, PerTarget(coverage, tie.Targets), PerSection(coverage));
    }

    private static TieEntry? Take(List<TieEntry> entries, Func<TieEntry, bool> match)
    {
        var index = entries.FindIndex(e => match(e));
        if (index < 0)
            return null;
        var entry = entries[index];
        entries.RemoveAt(index);
        return entry;
    }

    private static List<CoverageFigures> PerTarget(IReadOnlyList<StepCoverage> coverage, IReadOnlyList<string> targets) =>
        targets.Select(target => new CoverageFigures(
            target,
            coverage.Count,
            coverage.Count(c => c.RunsOn(target)),
            coverage.Count(c => c.Status == CoverageStatus.Waived),
            coverage.Count(c => c.Status == CoverageStatus.Missing),
            coverage.Count(c => c.Status == CoverageStatus.Covered && !c.RunsOn(target)))).ToList();

    private static List<CoverageFigures> PerSection(IReadOnlyList<StepCoverage> coverage) =>
        coverage.GroupBy(c => c.Step.Section).Select(g => new CoverageFigures(
            g.Key,
            g.Count(),
            g.Count(c => c.Status == CoverageStatus.Covered),
            g.Count(c => c.Status == CoverageStatus.Waived),
            g.Count(c => c.Status == CoverageStatus.Missing),
            0)).ToList();

    /// <summary>A ready-to-paste tie entry for a missing step; the maintainer fills in covered_by or waived.</summary>
    private static string Suggestion(GuideStep step, IReadOnlyList<string> targets)
    {
        var text = new StringBuilder();
        text.AppendLine($"  - id: {step.Id}");
        text.AppendLine($"    section: {Quote(step.Section)}");
        text.AppendLine($"    step: {Quote(step.Display)}");
        text.AppendLine("    covered_by: \"<file>.feature: <scenario or step phrase>\"   # or waived: <reason>");
        text.Append($"    targets: [{string.Join(", ", targets)}]");
        return text.ToString();
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
