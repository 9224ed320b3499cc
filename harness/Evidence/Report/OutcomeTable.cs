using System.Globalization;
using System.Text;

namespace KedaGuidance.Harness.Evidence.Report;

/// <summary>Per feature, one row per scenario: outcome, tags, duration, and the reason it failed or was skipped.</summary>
internal static class OutcomeTable
{
    public static string Render(RunRecord record)
    {
        if (record.Scenarios.Count == 0)
            return "<p class=\"muted\">No scenario ran.</p>";
        var html = new StringBuilder("<table class=\"outcomes\"><thead><tr><th>feature</th><th>scenario</th><th>tags</th><th>outcome</th><th>duration</th><th>reason</th></tr></thead><tbody>");
        foreach (var feature in record.Scenarios.GroupBy(s => s.Feature))
        {
            var first = true;
            foreach (var s in feature)
            {
                var outcome = Html.OutcomeClass(s.Outcome);
                html.Append(CultureInfo.InvariantCulture, $"<tr class=\"scenario {outcome}\" data-outcome=\"{Html.Text(s.Outcome.Text())}\">");
                if (first)
                    html.Append(CultureInfo.InvariantCulture, $"<th scope=\"rowgroup\" rowspan=\"{feature.Count()}\">{Html.Text(feature.Key)}</th>");
                first = false;
                html.Append("<td><a href=\"#").Append(ScenarioDetails.Anchor(s)).Append("\">").Append(Html.Text(s.Title)).Append("</a></td>")
                    .Append("<td>").Append(string.Concat(s.Tags.Select(t => $"<span class=\"tag\">@{Html.Text(t)}</span>"))).Append("</td>")
                    .Append(CultureInfo.InvariantCulture, $"<td><span class=\"pill {outcome}\">{Html.Text(s.Outcome.Text())}</span></td>")
                    .Append(CultureInfo.InvariantCulture, $"<td class=\"num\">{Html.Text(Html.Seconds(s.Duration))}</td>")
                    .Append("<td class=\"reason\">").Append(Html.Text(FirstLine(s.Error))).Append("</td></tr>");
            }
        }
        return html.Append("</tbody></table>").ToString();
    }

    private static string FirstLine(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length > 240 ? line[..240] + "…" : line;
    }
}
