using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Rendering;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Static;

public enum DocumentFormat { Yaml, Json, Text }

/// <summary>A parse error with the parser's own 1-based line and column.</summary>
public sealed record ParseProblem(int Line, int Column, string Message);

/// <summary>
/// One YAML document of a (possibly multi-document) file. <see cref="Root"/>'s marks are lines of the whole file:
/// each document is parsed on its own from <see cref="Text"/>, its marks moved to the file's lines, so a broken
/// document never hides the others and every line number is the file's.
/// </summary>
public sealed record YamlPart(int Index, int FirstLine, string Text, YamlNode? Root, ParseProblem? Problem)
{
    public YamlMappingNode? Mapping => Root as YamlMappingNode;

    /// <summary>A mark of a parser that read <see cref="Text"/> alone, as a mark of the file.</summary>
    public Mark InFile(Mark mark) => new(mark.Index, mark.Line + FirstLine - 1, mark.Column);

    /// <summary>
    /// The document preceded by the blank lines before it, for a parser whose marks must be the file's. It costs the
    /// lines before the document: prefer <see cref="Text"/> with <see cref="InFile"/>.
    /// </summary>
    public string PaddedText => new string('\n', FirstLine - 1) + Text;
}

/// <summary>
/// A file of the guide as the guide applies it: its source text, the text after the guide's substitution, and its
/// parsed documents. <see cref="Path"/> is the path a guide maintainer knows (repository-relative, or
/// "implementation guide: …" for a manifest that exists only in the guide's text).
/// </summary>
public sealed record GuideDocument(
    string Path,
    string SourceText,
    string Text,
    DocumentFormat Format,
    Substitution? Substitution,
    IReadOnlyList<YamlPart> Parts,
    ParseProblem? JsonProblem)
{
    /// <summary>Why the bounded reader refused the file (a link, a FIFO, too large, not UTF-8); its texts are then empty.</summary>
    public GuideFileProblem? ReadProblem { get; init; }

    /// <summary>Every document that parsed and is not empty.</summary>
    public IEnumerable<YamlPart> ParsedParts => Parts.Where(p => p.Root is not null);

    /// <summary>The first YAML problem, or the JSON problem.</summary>
    public ParseProblem? Problem => JsonProblem ?? Parts.Select(p => p.Problem).FirstOrDefault(p => p is not null);

    /// <summary>The 1-based line of the first occurrence of <paramref name="text"/> in the source text, or null.</summary>
    public int? SourceLineOf(string text) => LineOf(SourceText, text);

    /// <summary>The 1-based line of the first occurrence of <paramref name="text"/> in the rendered text, or null.</summary>
    public int? LineOf(string text) => LineOf(Text, text);

    private static int? LineOf(string haystack, string needle)
    {
        var index = haystack.IndexOf(needle, StringComparison.Ordinal);
        return index < 0 ? null : haystack.AsSpan(0, index).Count('\n') + 1;
    }
}
