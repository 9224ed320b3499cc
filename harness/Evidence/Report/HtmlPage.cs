using System.Globalization;
using System.Text;

namespace KedaGuidance.Harness.Evidence.Report;

/// <summary>
/// The whole report.html: the guide's known defects, then the answers a maintainer looks for first (guide version, target, what passed, how long
/// scaling took, what deviated), then failures, charts, outcomes, deviations, versions, findings and every scenario in
/// full. Self-contained: inline CSS and SVG, no script, no external resource.
/// </summary>
internal static class HtmlPage
{
    public const string GuideTitle = "Event-driven application autoscaling with KEDA on Amazon EKS";

    public static string Render(RunRecord record)
    {
        var facts = ReportFacts.Of(record);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Html.Text($"KedaGuidance {facts.Verdict}: {record.Target} · {facts.GuideShort} · {record.RunId}")).Append("</title>")
            .Append("<style>").Append(ReportStyles.Css).Append("</style></head><body><main>");
        html.Append("<h1>KedaGuidance acceptance evidence</h1><div class=\"muted\">")
            .Append(Html.Text($"Conformance of the guide \"{GuideTitle}\" · run {record.RunId}")).Append("</div>");
        html.Append(Banner(record, facts));
        html.Append(KnownDefectsSection.Render(facts.KnownDefects));
        html.Append(Glance(record, facts));
        html.Append(Failures(record));
        html.Append("<h2 id=\"outcomes\">Outcomes by feature</h2>").Append(OutcomeTable.Render(record));
        html.Append(Scaling(facts));
        html.Append(Deviations(record));
        html.Append(Versions(record));
        html.Append("<h2 id=\"findings\">Static findings</h2>").Append(FindingsTable.Render(facts.Findings));
        html.Append(OtherEvidence(record));
        html.Append("<h2 id=\"scenarios\">Every scenario, step by step</h2>");
        foreach (var s in record.Scenarios)
            html.Append(ScenarioDetails.Render(s));
        html.Append(RunActions(record));
        html.Append("<p class=\"muted\">Rendered from run-record.json. The page holds no script and loads nothing; the record holds no secret.</p>");
        return html.Append("</main></body></html>").ToString();
    }

    private static string Banner(RunRecord record, ReportFacts f)
    {
        var css = f.Verdict switch { "passed" => "ok", "failed" => "bad", _ => "other" };
        var plan = record.Mode == "plan" ? " · plan mode: recorded only, nothing was performed" : "";
        var leftovers = record.Leftovers.Count > 0 ? $" · {record.Leftovers.Count} resources left behind" : "";
        return $"<div class=\"banner {css}\" id=\"verdict\">{Html.Text($"{f.Verdict.ToUpperInvariant()} — {f.Passed} passed, {f.Failed} failed, {f.Skipped} skipped of {f.Total} scenarios{plan}{leftovers}")}</div>";
    }

    private static string Glance(RunRecord record, ReportFacts f)
    {
        var deviations = record.Deviations.Count == 0
            ? (ReportFacts.NoDeviation(record), "")
            : ($"{record.Deviations.Count} declared", string.Join(", ", record.Deviations.Select(d => d.Id)));
        var took = f.RunDuration is { } d ? $"took {Html.Seconds(d)}" : "not finished";
        return "<section class=\"glance\" aria-label=\"at a glance\">"
            + Card("guide version", f.GuideShort, record.Guide?.Source ?? "")
            + Card("target", record.Mode == "plan" ? $"{record.Target} (plan)" : record.Target,
                $"mode {record.Mode} · {took} · started {Html.Utc(record.Start)}")
            + Card("outcomes", $"{f.Passed} passed · {f.Failed} failed · {f.Skipped} skipped", f.Other > 0 ? $"{f.Other} with another outcome" : $"{f.Total} scenarios")
            + ScalingCard(f)
            + Card("deviations from the guide", deviations.Item1, deviations.Item2)
            + "</section>";
    }

    /// <summary>One line per scaling scenario: its feature and how long each phase took.</summary>
    private static string ScalingCard(ReportFacts f)
    {
        var html = new StringBuilder("<div class=\"card wide\"><div class=\"label\">scaling took</div>");
        if (f.Scaling.Count == 0)
            html.Append("<div class=\"value\">no scaling timeline in this run</div>");
        foreach (var s in f.Scaling)
        {
            var phases = s.Phases.Count == 0
                ? s.Timeline.HasReplicas ? "ready replicas did not change" : "metric only: the oracle's replica count for what was measured"
                : string.Join(" · ", s.Phases.Select(p => $"{p.Name} {p.From}→{p.To} in {Html.Seconds(p.Duration)}"));
            html.Append("<div class=\"value scaling\">").Append(Html.Text(phases))
                .Append(" <span class=\"sub\">").Append(Html.Text(s.Scenario.Feature)).Append("</span></div>");
        }
        if (f.Scaling.Any(s => s.Timeline.HasReplicas))
            html.Append("<div class=\"sub\">from desired replicas changing to ready replicas reaching the new count</div>");
        return html.Append("</div>").ToString();
    }

    private static string Card(string label, string value, string sub) =>
        $"<div class=\"card\"><div class=\"label\">{Html.Text(label)}</div><div class=\"value\">{Html.Text(value)}</div><div class=\"sub\">{Html.Text(sub)}</div></div>";

    private static string Failures(RunRecord record)
    {
        var failed = record.Scenarios.Where(s => Html.OutcomeClass(s.Outcome) == "bad").ToArray();
        if (failed.Length == 0)
            return "";
        var html = new StringBuilder("<h2 id=\"failures\">Failures</h2>");
        foreach (var s in failed)
        {
            html.Append("<div class=\"failure\"><h3>").Append(Html.Text(s.Title)).Append("</h3>")
                .Append("<pre class=\"error\">").Append(Html.Text(s.Error ?? "(no message recorded)")).Append("</pre>");
            var failing = s.Entries.Where(e => Html.OutcomeClass(e.Outcome) == "bad").ToArray();
            if (failing.Length > 0)
                html.Append("<div>What failed:</div>").Append(ScenarioDetails.Entries(failing));
            foreach (var (_, name, value) in ReportAttachments.Others(s))
                html.Append(AttachmentView.Render($"diagnostics: {name}", value));
            html.Append("</div>");
        }
        return html.ToString();
    }

    private static string Scaling(ReportFacts f)
    {
        if (f.Scaling.Count == 0)
            return "";
        var html = new StringBuilder("<h2 id=\"scaling\">Scaling</h2>");
        foreach (var s in f.Scaling)
            html.Append(TimelineChart.Render(s.Scenario.Title, s.Timeline));
        return html.ToString();
    }

    private static string Deviations(RunRecord record)
    {
        var html = new StringBuilder("<h2 id=\"deviations\">Declared deviations from the guide</h2>");
        if (record.Deviations.Count == 0)
            return html.Append("<p>").Append(Html.Text(Capital(ReportFacts.NoDeviation(record)))).Append(".</p>").ToString();
        html.Append("<table class=\"deviations\"><tr><th>id</th><th>target</th><th>the guide says</th><th>the suite does</th><th>why</th></tr>");
        foreach (var d in record.Deviations)
        {
            html.Append("<tr><td><code>").Append(Html.Text(d.Id)).Append("</code></td><td>").Append(Html.Text(d.Target))
                .Append("</td><td>").Append(Html.Text(d.GuideSays)).Append("</td><td>").Append(Html.Text(d.SuiteDoes))
                .Append("</td><td>").Append(Html.Text(d.Reason)).Append("</td></tr>");
        }
        return html.Append("</table>").ToString();
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Versions(RunRecord record)
    {
        var html = new StringBuilder("<h2 id=\"versions\">Pinned versions</h2><table class=\"versions\"><tr><th>component</th><th>version</th></tr>");
        if (record.Guide is { } g)
            html.Append("<tr><td>guide</td><td><code>").Append(Html.Text($"{g.Kind} {g.Value}")).Append("</code> ").Append(Html.Text(g.Source)).Append("</td></tr>");
        foreach (var (component, version) in record.Versions.OrderBy(v => v.Key, StringComparer.Ordinal))
            html.Append("<tr><td>").Append(Html.Text(component)).Append("</td><td><code>").Append(Html.Text(version)).Append("</code></td></tr>");
        return html.Append("</table>").ToString();
    }

    private static string OtherEvidence(RunRecord record)
    {
        var html = new StringBuilder();
        foreach (var s in record.Scenarios.Where(s => Html.OutcomeClass(s.Outcome) != "bad"))
        {
            foreach (var (_, name, value) in ReportAttachments.Others(s))
                html.Append(AttachmentView.Render($"{name} — {s.Title}", value));
        }
        return html.Length == 0 ? "" : "<h2 id=\"attachments\">Other evidence</h2>" + html;
    }

    private static string RunActions(RunRecord record)
    {
        if (record.RunEntries.Count == 0 && record.Leftovers.Count == 0)
            return "";
        var html = new StringBuilder("<h2 id=\"teardown\">The run's own actions (teardown)</h2>").Append(ScenarioDetails.Entries(record.RunEntries));
        if (record.Leftovers.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"failure\"><h3>{record.Leftovers.Count} resources could not be removed</h3><ul>");
            foreach (var l in record.Leftovers)
                html.Append("<li>").Append(Html.Text(l)).Append("</li>");
            html.Append("</ul></div>");
        }
        return html.ToString();
    }
}
