using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Rendering;

namespace KedaGuidance.Harness.Static;

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
