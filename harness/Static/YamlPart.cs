using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Static;

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
