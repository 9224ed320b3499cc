using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KedaGuidance.Harness.Evidence.Report;

/// <summary>
/// Any other attachment (guide coverage, diagnostics such as operator logs, events, HPA describe): a list of flat
/// objects becomes a table, a flat object a two-column table, text a preformatted block, anything else its JSON.
/// </summary>
internal static class AttachmentView
{
    private const int MaxRows = 500;

    public static string Render(string name, JsonElement value)
    {
        var html = new StringBuilder("<div class=\"attachment\"><h3>").Append(Html.Text(name)).Append("</h3>");
        html.Append(value.ValueKind switch
        {
            JsonValueKind.String => $"<pre>{Html.Text(value.GetString())}</pre>",
            JsonValueKind.Array when value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Object && IsFlat(e)) => ObjectList(value),
            JsonValueKind.Object when IsFlat(value) => KeyValues(value),
            _ => $"<pre>{Html.Text(JsonSerializer.Serialize(value, RunRecorder.JsonOptions))}</pre>",
        });
        return html.Append("</div>").ToString();
    }

    private static bool IsFlat(JsonElement o) =>
        o.EnumerateObject().All(p => p.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array));

    private static string ObjectList(JsonElement array)
    {
        var items = array.EnumerateArray().ToArray();
        var columns = items.SelectMany(i => i.EnumerateObject().Select(p => p.Name)).Distinct(StringComparer.Ordinal).ToArray();
        var html = new StringBuilder("<table><tr>");
        foreach (var c in columns)
            html.Append("<th>").Append(Html.Text(c)).Append("</th>");
        html.Append("</tr>");
        foreach (var item in items.Take(MaxRows))
        {
            html.Append("<tr>");
            foreach (var c in columns)
                html.Append("<td>").Append(item.TryGetProperty(c, out var v) ? Cell(v) : "").Append("</td>");
            html.Append("</tr>");
        }
        html.Append("</table>");
        if (items.Length > MaxRows)
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{items.Length - MaxRows} more rows are in run-record.json.</p>");
        return html.ToString();
    }

    private static string KeyValues(JsonElement o)
    {
        var html = new StringBuilder("<table>");
        foreach (var p in o.EnumerateObject())
            html.Append("<tr><th>").Append(Html.Text(p.Name)).Append("</th><td>").Append(Cell(p.Value)).Append("</td></tr>");
        return html.Append("</table>").ToString();
    }

    private static string Cell(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.True => "<span class=\"pill ok\">yes</span>",
        JsonValueKind.False => "<span class=\"pill bad\">no</span>",
        JsonValueKind.Null => "",
        JsonValueKind.String => Html.Text(v.GetString()),
        _ => Html.Text(v.GetRawText()),
    };
}
