using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Static;

/// <summary>Where in a file a finding points: a 1-based line (and column) and, for structured files, the path of the node.</summary>
public sealed record FindingLocation(int? Line, int? Column, string? Path)
{
    public static FindingLocation None { get; } = new(null, null, null);

    public static FindingLocation At(YamlNode? node, string? path) =>
        node is null ? new(null, null, path) : new((int)node.Start.Line, (int)node.Start.Column, path);

    public static FindingLocation AtLine(int line, string? path = null) => new(line, null, path);

    public override string ToString()
    {
        var parts = new List<string>();
        if (Line is { } line)
            parts.Add(Column is { } column ? $"line {line}, column {column}" : $"line {line}");
        if (!string.IsNullOrEmpty(Path))
            parts.Add(Path);
        return string.Join(", ", parts);
    }
}
