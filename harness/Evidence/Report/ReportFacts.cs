namespace KedaGuidance.Harness.Evidence.Report;

/// <summary>
/// What a reader needs first, computed once for the page and the summary: overall verdict, counts, the guide's
/// version in short, how long scaling took, the slowest waits against their budgets, and the guide's known defects.
/// </summary>
internal sealed record ReportFacts(
    string Verdict,
    int Passed,
    int Failed,
    int Skipped,
    int Other,
    string GuideShort,
    TimeSpan? RunDuration,
    IReadOnlyList<ScenarioScaling> Scaling,
    IReadOnlyList<(ScenarioRecord Scenario, RecordEntry Entry)> SlowestWaits,
    IReadOnlyList<(ScenarioRecord Scenario, FindingRecord Finding)> Findings,
    IReadOnlyList<FindingRecord> KnownDefects)
{
    public int Total => Passed + Failed + Skipped + Other;

    /// <summary>
    /// What the report may say when no deviation was declared. "The guide as written" only for a live run in which a
    /// scenario passed by acting on a target (it recorded operations or expectations) and nothing was substituted; a
    /// plan performed nothing, and a run of static checks alone ran none of the guide's steps.
    /// </summary>
    public static string NoDeviation(RunRecord record) =>
        record.Mode == "plan" ? "none declared; plan mode, nothing was performed"
        : record.Scenarios.Any(s => s.Outcome == ScenarioOutcome.Passed && s.Entries.Count > 0) ? "none: this run is the guide as written"
        : "none declared; no scenario acted on a target";

    public static ReportFacts Of(RunRecord record)
    {
        int Count(ScenarioOutcome outcome) => record.Scenarios.Count(s => s.Outcome == outcome);
        var passed = Count(ScenarioOutcome.Passed);
        var failed = Count(ScenarioOutcome.Failed);
        var skipped = Count(ScenarioOutcome.Skipped);
        var other = record.Scenarios.Count - passed - failed - skipped;
        var verdict = failed > 0 || record.Leftovers.Count > 0 ? "failed"
            : other > 0 || record.End is null ? "incomplete"
            : passed == 0 ? "nothing passed"
            : "passed";

        var scaling = ReportAttachments.Timelines(record)
            .Select(t => new ScenarioScaling(t.Scenario, t.Name, t.Timeline, ScalingPhases.Of(t.Timeline)))
            .ToArray();
        var waits = record.Scenarios
            .SelectMany(s => s.Entries.Where(e => e.Type == EntryType.Expectation && e.Outcome != EntryOutcome.Planned).Select(e => (s, e)))
            .OrderByDescending(x => x.e.Duration)
            .Take(5)
            .ToArray();
        var findings = record.Scenarios.SelectMany(s => s.Findings.Select(f => (s, f))).ToArray();
        // Each accepted defect once, though scenarios that check the same file may each report it.
        var knownDefects = findings.Select(x => x.f).Where(f => f.IsKnownDefect)
            .DistinctBy(f => (f.RuleId, f.File, f.Location, f.Message)).ToArray();
        return new ReportFacts(verdict, passed, failed, skipped, other, ShortGuide(record.Guide), record.End - record.Start,
            scaling, waits, findings, knownDefects);
    }

    private static string ShortGuide(GuideIdentity? guide) => guide is null
        ? "unknown (not recorded)"
        : guide.Kind switch
        {
            "git" or "commit" or "git-commit" => $"commit {Short(guide.Value, 12)}",
            _ => $"{guide.Kind} {Short(guide.Value, 16)}",
        };

    private static string Short(string value, int length) => value.Length > length ? value[..length] : value;
}
