using System.Text.RegularExpressions;

namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>Metric names a PromQL expression selects, and metric names a prometheus_client app exports.</summary>
public static partial class PromQl
{
    private static readonly HashSet<string> Keywords =
    [
        "by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless", "offset", "inf", "nan", "atan2",
    ];

    /// <summary>Metric names selected by the expression: identifiers that are not functions, keywords, label names, durations or strings.</summary>
    public static IReadOnlyList<string> SelectedMetrics(string expression)
    {
        var text = Strings().Replace(expression, "\"\"");
        text = Braces().Replace(text, " ");   // label matchers
        text = Brackets().Replace(text, " "); // range and subquery durations
        text = Grouping().Replace(text, " "); // by (…), on (…): label lists
        return Identifiers().Matches(text)
            .Where(m => !IsFunctionCall(text, m) && !Keywords.Contains(m.Value.ToLowerInvariant()))
            .Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// What a prometheus_client (Python) program exposes: Counter c → c_total (a trailing _total in the name is not
    /// doubled) and c_created; Gauge g → g; Histogram h → h_bucket, h_sum, h_count, h_created; Summary s → s_sum,
    /// s_count, s_created; Info i → i_info.
    /// </summary>
    public static IReadOnlyList<string> PythonClientExports(string source)
    {
        var names = new List<string>();
        foreach (Match m in PythonMetric().Matches(source))
        {
            var name = m.Groups["name"].Value;
            names.AddRange(m.Groups["type"].Value switch
            {
                "Counter" => [Strip(name, "_total") + "_total", Strip(name, "_total") + "_created"],
                "Gauge" => [name],
                "Histogram" => [name + "_bucket", name + "_sum", name + "_count", name + "_created"],
                "Summary" => [name + "_sum", name + "_count", name + "_created"],
                "Info" => [name + "_info"],
                _ => [],
            });
        }
        return names;
    }

    private static string Strip(string name, string suffix) => name.EndsWith(suffix, StringComparison.Ordinal) ? name[..^suffix.Length] : name;

    private static bool IsFunctionCall(string text, Match m)
    {
        var after = text.AsSpan(m.Index + m.Length).TrimStart();
        return after.Length > 0 && after[0] == '(';
    }

    [GeneratedRegex("\"(\\\\.|[^\"\\\\])*\"|'(\\\\.|[^'\\\\])*'|`[^`]*`")]
    private static partial Regex Strings();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Braces();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", RegexOptions.IgnoreCase)]
    private static partial Regex Grouping();

    [GeneratedRegex(@"(?<![\w.])[a-zA-Z_:][a-zA-Z0-9_:]*")]
    private static partial Regex Identifiers();

    [GeneratedRegex(@"\b(?<type>Counter|Gauge|Histogram|Summary|Info)\(\s*['""](?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)['""]")]
    private static partial Regex PythonMetric();
}
