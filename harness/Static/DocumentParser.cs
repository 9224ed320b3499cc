using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using KedaGuidance.Harness.Guide;

namespace KedaGuidance.Harness.Static;

/// <summary>
/// Parses YAML (multi-document) and JSON with line and column marks, within a <see cref="YamlBudget"/> (guide YAML is
/// untrusted). YAML files are split on document markers (<c>---</c>, <c>...</c>) first and each document is parsed alone: KubernetesClient cannot decode
/// <c>---\n---</c> and one broken document would otherwise hide the rest. JSON is validated with System.Text.Json
/// (the strict parser the AWS CLI's is closest to) and represented through YamlDotNet for node positions.
/// </summary>
public static partial class DocumentParser
{
    /// <summary>
    /// The file's documents, each parsed on its own within one <see cref="YamlBudget"/> for the whole file. Each part is
    /// parsed from its own text with its marks moved to the file's lines (<see cref="BudgetedParser"/>): linear in the
    /// file's size, where padding every document with the lines before it was quadratic in the number of documents.
    /// Once the file's node or document budget is spent, the rest of the file is not parsed (one problem, not thousands).
    /// </summary>
    public static IReadOnlyList<YamlPart> ParseYaml(string text, YamlBudget? budget = null)
    {
        budget ??= YamlBudget.Default;
        var counter = new YamlBudgetCounter();
        var lineStarts = new List<int> { 0 };
        for (var k = text.IndexOf('\n'); k >= 0; k = text.IndexOf('\n', k + 1))
            lineStarts.Add(k + 1);
        var parts = new List<YamlPart>();
        var start = 0;
        for (var i = 0; i <= lineStarts.Count; i++)
        {
            if (i < lineStarts.Count && !IsMarker(text, lineStarts, i))
                continue;
            if (i > start)
            {
                var from = lineStarts[start];
                var to = i < lineStarts.Count ? lineStarts[i] - 1 : text.Length; // without the line break before the marker
                var body = text[from..to];
                if (!IsEmptyDocument(body))
                {
                    var part = ParsePart(parts.Count, start, from, body, budget, counter);
                    parts.Add(part);
                    if (part.Problem is not null && (counter.Nodes > budget.MaxNodes || counter.Documents > budget.MaxDocuments))
                        break;
                }
            }
            start = i + 1;
        }
        return parts;
    }

    private static bool IsMarker(string text, List<int> lineStarts, int line)
    {
        var end = line + 1 < lineStarts.Count ? lineStarts[line + 1] - 1 : text.Length;
        return DocumentMarker().IsMatch(text.AsSpan(lineStarts[line], end - lineStarts[line]).TrimEnd('\r'));
    }

    public static (IReadOnlyList<YamlPart> Parts, ParseProblem? Problem) ParseJson(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            return ([], new ParseProblem((int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, e.Message));
        }
        var part = ParsePart(0, 0, 0, text, YamlBudget.Default, new YamlBudgetCounter());
        return (part.Root is null ? [] : [part], part.Problem);
    }

    private static YamlPart ParsePart(int index, int firstLineIndex, int firstCharIndex, string body, YamlBudget budget, YamlBudgetCounter counter)
    {
        try
        {
            var stream = BoundedYaml.Load(body, budget, counter, firstLineIndex, firstCharIndex);
            return new YamlPart(index, firstLineIndex + 1, body, stream.Documents.FirstOrDefault()?.RootNode, null);
        }
        catch (YamlException e)
        {
            var message = e.InnerException is { } inner ? $"{e.Message} ({inner.Message})" : e.Message;
            return new YamlPart(index, firstLineIndex + 1, body, null, new ParseProblem((int)e.Start.Line, (int)e.Start.Column, message));
        }
    }

    private static bool IsEmptyDocument(string body)
    {
        foreach (var line in body.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
                return false;
        }
        return true;
    }

    [GeneratedRegex(@"^(---|\.\.\.)\s*(#.*)?$")]
    private static partial Regex DocumentMarker();
}
