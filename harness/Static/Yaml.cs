using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Static;

/// <summary>Small, null-tolerant navigation over the YamlDotNet representation model.</summary>
public static class Yaml
{
    public static YamlNode? Get(this YamlNode? node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static YamlNode? Get(this YamlNode? node, params string[] keys)
    {
        foreach (var key in keys)
            node = node.Get(key);
        return node;
    }

    public static YamlMappingNode? Map(this YamlNode? node, params string[] keys) => node.Get(keys) as YamlMappingNode;

    public static IReadOnlyList<YamlNode> Seq(this YamlNode? node, params string[] keys) =>
        node.Get(keys) is YamlSequenceNode seq ? seq.Children.ToList() : [];

    public static string? Str(this YamlNode? node, params string[] keys) => (node.Get(keys) as YamlScalarNode)?.Value;

    /// <summary>A node that is a string or a list of strings (IAM's Action and Resource), as a list.</summary>
    public static IReadOnlyList<YamlScalarNode> Scalars(this YamlNode? node) => node switch
    {
        YamlScalarNode s => [s],
        YamlSequenceNode seq => seq.Children.OfType<YamlScalarNode>().ToList(),
        _ => [],
    };

    /// <summary>The key/value pairs of a mapping whose keys are scalars.</summary>
    public static IEnumerable<(string Key, YamlScalarNode KeyNode, YamlNode Value)> Pairs(this YamlNode? node) =>
        node is YamlMappingNode map
            ? map.Children.Where(kv => kv.Key is YamlScalarNode).Select(kv => (((YamlScalarNode)kv.Key).Value ?? "", (YamlScalarNode)kv.Key, kv.Value))
            : [];

    /// <summary>The YAML path (<c>spec.template.spec.containers[0].image</c>) of the deepest node at a position.</summary>
    public static string PathAt(YamlNode root, Mark mark)
    {
        var segments = new List<string>();
        var node = root;
        while (true)
        {
            var next = false;
            if (node is YamlMappingNode map)
            {
                foreach (var (key, value) in map.Children)
                {
                    if (Contains(key.Start, value.End, mark) || SameLine(key, mark))
                    {
                        segments.Add("." + ((key as YamlScalarNode)?.Value ?? "?"));
                        node = value;
                        next = true;
                        break;
                    }
                }
            }
            else if (node is YamlSequenceNode seq)
            {
                for (var i = 0; i < seq.Children.Count; i++)
                {
                    if (Contains(seq.Children[i].Start, seq.Children[i].End, mark))
                    {
                        segments.Add($"[{i}]");
                        node = seq.Children[i];
                        next = true;
                        break;
                    }
                }
            }
            if (!next)
                return string.Concat(segments).TrimStart('.');
        }
    }

    private static bool SameLine(YamlNode key, Mark mark) => key.Start.Line == mark.Line && key.Start.Column <= mark.Column;

    private static bool Contains(Mark start, Mark end, Mark mark) =>
        Compare(start, mark) <= 0 && Compare(mark, end) < 0;

    private static int Compare(Mark a, Mark b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column);
}
