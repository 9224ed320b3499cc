using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Static;

/// <summary>
/// Parses YAML (multi-document) and JSON with line and column marks. YAML files are split on document markers
/// (<c>---</c>, <c>...</c>) first and each document is parsed alone: KubernetesClient cannot decode
/// <c>---\n---</c> and one broken document would otherwise hide the rest. JSON is validated with System.Text.Json
/// (the strict parser the AWS CLI's is closest to) and represented through YamlDotNet for node positions.
/// </summary>
public static partial class DocumentParser
{
    public static IReadOnlyList<YamlPart> ParseYaml(string text)
    {
        var lines = text.Split('\n');
        var parts = new List<YamlPart>();
        var start = 0;
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i < lines.Length && !DocumentMarker().IsMatch(lines[i].TrimEnd('\r')))
                continue;
            if (i > start)
            {
                var body = string.Join('\n', lines[start..i]);
                if (!IsEmptyDocument(body))
                    parts.Add(ParsePart(parts.Count, start, body));
            }
            start = i + 1;
        }
        return parts;
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
        var part = ParsePart(0, 0, text);
        return (part.Root is null ? [] : [part], null);
    }

    private static YamlPart ParsePart(int index, int firstLineIndex, string body)
    {
        var padded = new StringBuilder().Append('\n', firstLineIndex).Append(body).ToString();
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(padded));
            return new YamlPart(index, firstLineIndex + 1, padded, stream.Documents.FirstOrDefault()?.RootNode, null);
        }
        catch (YamlException e)
        {
            var message = e.InnerException is { } inner ? $"{e.Message} ({inner.Message})" : e.Message;
            return new YamlPart(index, firstLineIndex + 1, padded, null, new ParseProblem((int)e.Start.Line, (int)e.Start.Column, message));
        }
    }

    private static bool IsEmptyDocument(string body) =>
        body.Split('\n').All(l => l.Trim().Length == 0 || l.TrimStart().StartsWith('#'));

    [GeneratedRegex(@"^(---|\.\.\.)\s*(#.*)?$")]
    private static partial Regex DocumentMarker();
}
