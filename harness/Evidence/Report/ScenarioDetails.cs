using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KedaGuidance.Harness.Evidence.Report;

/// <summary>
/// One scenario in full: each operation and expectation with its duration against its budget, its outcome and what
/// it observed; the exact content an operation applied folds open. Also renders a list of entries for the run's own
/// actions (teardown).
/// </summary>
internal static partial class ScenarioDetails
{
    public static string Anchor(ScenarioRecord scenario) =>
        "s-" + string.Concat(scenario.Id.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));

    public static string Render(ScenarioRecord s)
    {
        var outcome = Html.OutcomeClass(s.Outcome);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<details class=\"scenario-details\" id=\"{Anchor(s)}\"{(outcome == "bad" ? " open" : "")}>")
            .Append(CultureInfo.InvariantCulture, $"<summary><span class=\"pill {outcome}\">{Html.Text(s.Outcome.Text())}</span> ")
            .Append(Html.Text(s.Title)).Append(" <span class=\"muted\">")
            .Append(Html.Text($"{Html.Seconds(s.Duration)}, {s.Entries.Count} recorded actions, started {Html.Utc(s.Start)}"))
            .Append("</span></summary>");
        if (!string.IsNullOrWhiteSpace(s.Error))
            html.Append("<pre class=\"error\">").Append(Html.Text(s.Error)).Append("</pre>");
        html.Append(Entries(s.Entries));
        return html.Append("</details>").ToString();
    }

    public static string Entries(IReadOnlyList<RecordEntry> entries)
    {
        if (entries.Count == 0)
            return "<p class=\"muted\">Nothing was recorded (a static check, or skipped before acting).</p>";
        var html = new StringBuilder("<table class=\"entries\"><tr><th>#</th><th>what</th><th>summary</th><th>took</th><th>budget</th><th>outcome</th><th>observed / detail</th></tr>");
        foreach (var e in entries)
        {
            var outcome = Html.OutcomeClass(e.Outcome);
            html.Append(CultureInfo.InvariantCulture, $"<tr class=\"{outcome}\"><td class=\"num\">{e.Sequence}</td>")
                .Append("<td>").Append(Html.Text($"{e.Type}: {e.Kind}")).Append("</td><td>").Append(Html.Text(e.Summary));
            if (!string.IsNullOrEmpty(e.Content))
                html.Append("<details><summary>content</summary><pre>").Append(Html.Text(e.Content)).Append("</pre></details>");
            html.Append("</td><td class=\"num\">").Append(Html.Text(Html.Seconds(e.Duration))).Append(BudgetBar(e)).Append("</td>")
                .Append("<td>").Append(Html.Text(e.Budget ?? "")).Append("</td>")
                .Append(CultureInfo.InvariantCulture, $"<td><span class=\"pill {outcome}\">{Html.Text(e.Outcome.Text())}</span></td>")
                .Append("<td>").Append(Html.Text(e.Detail)).Append("</td></tr>");
        }
        return html.Append("</table>").ToString();
    }

    /// <summary>The budget's limit in seconds: <see cref="Operations.WaitBudget"/> writes it first ("150 s (…)").</summary>
    public static TimeSpan? BudgetLimit(string? budget)
    {
        if (budget is null)
            return null;
        var match = LeadingSeconds().Match(budget);
        return match.Success && double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;
    }

    private static string BudgetBar(RecordEntry e)
    {
        if (BudgetLimit(e.Budget) is not { } limit || limit <= TimeSpan.Zero || e.Outcome == EntryOutcome.Planned)
            return "";
        var used = e.Duration / limit;
        var over = used >= 1 || Html.OutcomeClass(e.Outcome) == "bad" ? " over" : "";
        var width = Math.Min(100, used * 100).ToString("0", CultureInfo.InvariantCulture);
        return $"<span class=\"budget{over}\" title=\"{Html.Text(used.ToString("P0", CultureInfo.InvariantCulture) + " of the budget")}\"><span style=\"width:{width}%\"></span></span>";
    }

    [GeneratedRegex(@"^\s*([0-9]+(?:\.[0-9]+)?) s\b")]
    private static partial Regex LeadingSeconds();
}
