using System.Text;

namespace KedaGuidance.Harness.Evidence.Report;

/// <summary>The static layer's findings (warnings included) with the scenario that reported them.</summary>
internal static class FindingsTable
{
    public static string Render(IReadOnlyList<(ScenarioRecord Scenario, FindingRecord Finding)> findings)
    {
        if (findings.Count == 0)
            return "<p class=\"muted\">The static checks reported no finding.</p>";
        var html = new StringBuilder("<table class=\"findings\"><tr><th>severity</th><th>rule</th><th>where</th><th>finding</th><th>what to do</th></tr>");
        foreach (var (scenario, f) in findings.OrderBy(x => SeverityOrder(x.Finding.Severity)))
        {
            html.Append("<tr><td class=\"sev-").Append(Html.Text(f.Severity.ToLowerInvariant())).Append("\">").Append(Html.Text(f.Severity))
                .Append("</td><td><code>").Append(Html.Text(f.RuleId)).Append("</code></td><td><code>")
                .Append(Html.Text(string.IsNullOrEmpty(f.Location) ? f.File : $"{f.File}:{f.Location}"))
                .Append("</code></td><td>").Append(Html.Text(f.Message)).Append("<div class=\"reason\">")
                .Append(Html.Text(scenario.Title)).Append("</div></td><td>").Append(Html.Text(f.Hint)).Append("</td></tr>");
        }
        return html.Append("</table>").ToString();
    }

    internal static int SeverityOrder(string severity) => severity.ToLowerInvariant() switch
    {
        "error" => 0,
        "warning" => 1,
        _ => 2,
    };
}
