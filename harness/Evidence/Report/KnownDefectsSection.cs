using System.Text;

namespace KedaGuidance.Harness.Evidence.Report;

/// <summary>
/// The report's first section: the guide's defects a maintainer accepted (features/known-guide-defects.yaml), each
/// with what it is, since which guide commit and dependency version, and what the suite does about it. First because
/// a reader of a passing run must not miss that the guide, as published, is known to be broken there.
/// </summary>
internal static class KnownDefectsSection
{
    public const string Title = "Known guide defects";

    public static string Render(IReadOnlyList<FindingRecord> defects)
    {
        if (defects.Count == 0)
            return "";
        var html = new StringBuilder($"<h2 id=\"known-defects\">{Title}</h2><table class=\"known-defects\"><tr><th>what</th><th>since</th><th>what the suite does</th></tr>");
        foreach (var d in defects)
        {
            html.Append("<tr><td>").Append(Html.Text(d.Message)).Append("<div class=\"reason\"><code>").Append(Html.Text(d.RuleId)).Append("</code> ")
                .Append(Html.Text(string.IsNullOrEmpty(d.Location) ? d.File : $"{d.File}:{d.Location}")).Append(" · accepted: ")
                .Append(Html.Text(d.KnownDefect ?? "")).Append("</div></td><td>").Append(Html.Text(d.KnownSince ?? "(not recorded)"))
                .Append("</td><td>").Append(Html.Text(d.SuiteDoes ?? "(not recorded)")).Append("</td></tr>");
        }
        return html.Append("</table>").ToString();
    }
}
