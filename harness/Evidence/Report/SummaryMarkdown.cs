using System.Globalization;
using System.Text;

namespace KedaGuidance.Harness.Evidence.Report;

/// <summary>
/// summary.md, for a pull-request comment on a guide update: verdict, the guide's known defects, guide version and target, outcomes per feature,
/// failures, how long scaling took, the slowest waits against their budgets, deviations and static findings.
/// Short by design; report.html has the rest.
/// </summary>
internal static class SummaryMarkdown
{
    private const int MaxFindings = 20;

    public static string Render(RunRecord record)
    {
        var f = ReportFacts.Of(record);
        var md = new StringBuilder();
        var plan = record.Mode == "plan" ? " (plan mode: recorded only, nothing performed)" : "";
        md.Append(CultureInfo.InvariantCulture, $"## KedaGuidance: {f.Verdict.ToUpperInvariant()} — {f.Passed} passed, {f.Failed} failed, {f.Skipped} skipped{plan}\n\n");
        if (f.KnownDefects.Count > 0)
        {
            md.Append(CultureInfo.InvariantCulture, $"### {KnownDefectsSection.Title}\n\n| what | since | what the suite does |\n|---|---|---|\n");
            foreach (var defect in f.KnownDefects)
                md.Append(CultureInfo.InvariantCulture,
                    $"| {Md(defect.Message)} (`{Code(defect.RuleId)}` `{Code(defect.File)}`; accepted: {Md(defect.KnownDefect)}) | {Md(defect.KnownSince ?? "(not recorded)")} | {Md(defect.SuiteDoes ?? "(not recorded)")} |\n");
            md.Append('\n');
        }
        md.Append("| guide version | target | run | took |\n|---|---|---|---|\n");
        md.Append(CultureInfo.InvariantCulture,
            $"| {Md(f.GuideShort)} | {Md(record.Target)} ({Md(record.Mode)}) | `{Code(record.RunId)}` | {(f.RunDuration is { } d ? Html.Seconds(d) : "not finished")} |\n\n");

        md.Append("### Outcomes\n\n| feature | passed | failed | skipped |\n|---|---:|---:|---:|\n");
        foreach (var feature in record.Scenarios.GroupBy(s => s.Feature))
        {
            int Count(ScenarioOutcome o) => feature.Count(s => s.Outcome == o);
            md.Append(CultureInfo.InvariantCulture, $"| {Md(feature.Key)} | {Count(ScenarioOutcome.Passed)} | {Count(ScenarioOutcome.Failed)} | {Count(ScenarioOutcome.Skipped)} |\n");
        }

        var failed = record.Scenarios.Where(s => Html.OutcomeClass(s.Outcome) == "bad").ToArray();
        if (failed.Length > 0)
        {
            md.Append("\n### Failures\n\n");
            foreach (var s in failed)
                md.Append(CultureInfo.InvariantCulture, $"- **{Md(s.Title)}**: {Md(FirstLine(s.Error))}\n");
        }

        if (f.Scaling.Count > 0)
        {
            md.Append("\n### Scaling\n\n| scenario | phase | ready replicas | took |\n|---|---|---|---:|\n");
            foreach (var s in f.Scaling)
            {
                if (s.Phases.Count == 0)
                    md.Append(CultureInfo.InvariantCulture, $"| {Md(s.Scenario.Title)} | none | {(s.Timeline.HasReplicas ? "unchanged" : "metric only")} | |\n");
                foreach (var p in s.Phases)
                    md.Append(CultureInfo.InvariantCulture, $"| {Md(s.Scenario.Title)} | {p.Name} | {p.From} → {p.To} | {Html.Seconds(p.Duration)} |\n");
            }
        }

        if (f.SlowestWaits.Count > 0)
        {
            md.Append("\n### Slowest waits\n\n| scenario | expectation | took | budget | outcome |\n|---|---|---:|---|---|\n");
            foreach (var (s, e) in f.SlowestWaits)
                md.Append(CultureInfo.InvariantCulture, $"| {Md(s.Title)} | {Md(e.Summary)} | {Html.Seconds(e.Duration)} | {Md(e.Budget ?? "")} | {Md(e.Outcome.Text())} |\n");
        }

        md.Append("\n### Deviations from the guide\n\n");
        if (record.Deviations.Count == 0)
            md.Append(CultureInfo.InvariantCulture, $"{Md(ReportFacts.NoDeviation(record))}\n");
        foreach (var dev in record.Deviations)
            md.Append(CultureInfo.InvariantCulture, $"- `{Code(dev.Id)}` ({Md(dev.Target)}): guide: {Md(dev.GuideSays)} → suite: {Md(dev.SuiteDoes)}. Why: {Md(dev.Reason)}\n");

        md.Append("\n### Static findings\n\n");
        if (f.Findings.Count == 0)
            md.Append("None.\n");
        else
        {
            md.Append("| severity | rule | where | finding |\n|---|---|---|---|\n");
            foreach (var (_, finding) in f.Findings.OrderBy(x => FindingsTable.SeverityOrder(x.Finding.Severity)).Take(MaxFindings))
                md.Append(CultureInfo.InvariantCulture, $"| {Md(finding.Severity)} | `{Code(finding.RuleId)}` | `{Code(string.IsNullOrEmpty(finding.Location) ? finding.File : $"{finding.File}:{finding.Location}")}` | {Md(finding.Message)} |\n");
            if (f.Findings.Count > MaxFindings)
                md.Append(CultureInfo.InvariantCulture, $"\n{f.Findings.Count - MaxFindings} more in report.html.\n");
        }

        if (record.Leftovers.Count > 0)
            md.Append(CultureInfo.InvariantCulture, $"\n**{record.Leftovers.Count} resources could not be removed**: {Md(string.Join("; ", record.Leftovers))}\n");
        md.Append("\nFull evidence: `report.html` and `run-record.json` beside this file.\n");
        return md.ToString();
    }

    /// <summary>
    /// Text from the record inside Markdown: one line, no table breaks, no HTML, no emphasis or links. summary.md is
    /// posted as a pull-request comment and its text comes from the guide (untrusted): an <c>@name</c> would notify
    /// that user or team and a bare URL or <c>www.</c> would become a link, so a zero-width space (<c>&amp;#8203;</c>)
    /// goes after every '@', inside every "://" and after "www" — the text reads the same and links nothing.
    /// </summary>
    internal static string Md(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '\r' or '\n' or '\t' => " ",
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '|' or '\\' or '*' or '_' or '[' or ']' or '`' or '#' or '~' or '!' => "\\" + c,
                _ => c.ToString(),
            });
        }
        return Neutralize(sb.ToString());
    }

    private const string ZeroWidthSpace = "&#8203;";

    private static string Neutralize(string markdown) =>
        System.Text.RegularExpressions.Regex.Replace(
            markdown.Replace("@", "@" + ZeroWidthSpace, StringComparison.Ordinal).Replace("://", ":" + ZeroWidthSpace + "//", StringComparison.Ordinal),
            "(?i)(www)\\.", "$1" + ZeroWidthSpace + ".");

    /// <summary>Text inside a code span: shown literally, so only backticks, line breaks and table pipes need care.</summary>
    internal static string Code(string? text) =>
        (text ?? "").Replace('`', '\'').Replace('\r', ' ').Replace('\n', ' ').Replace("|", "\\|", StringComparison.Ordinal);

    private static string FirstLine(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "(no message recorded)" : text.Trim().Split('\n', 2)[0];
}
