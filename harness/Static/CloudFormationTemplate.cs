using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Static;

/// <summary>
/// A CloudFormation template read as YAML: resources, parameters, outputs, and the references between them.
/// YamlDotNet keeps CloudFormation's short-form tags (<c>!Sub</c>) on the nodes, so both forms are read alike.
/// </summary>
public sealed partial class CloudFormationTemplate
{
    private CloudFormationTemplate(YamlMappingNode root)
    {
        Root = root;
        Resources = root.Get("Resources").Pairs()
            .Select(r => new CfnResource(r.Key, r.KeyNode, r.Value, r.Value.Str("Type"), r.Value.Map("Properties")))
            .ToList();
        Parameters = root.Get("Parameters").Pairs().Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        Outputs = root.Get("Outputs").Pairs().Select(o => (o.Key, o.KeyNode, o.Value)).ToList();
    }

    public YamlMappingNode Root { get; }

    public IReadOnlyList<CfnResource> Resources { get; }

    public IReadOnlySet<string> Parameters { get; }

    public IReadOnlyList<(string Key, YamlScalarNode KeyNode, YamlNode Value)> Outputs { get; }

    public CfnResource? Resource(string logicalId) => Resources.FirstOrDefault(r => r.LogicalId == logicalId);

    /// <summary>A template is a mapping with <c>Resources</c> (and usually <c>AWSTemplateFormatVersion</c>); anything else is null.</summary>
    public static CloudFormationTemplate? Read(YamlNode? root) =>
        root is YamlMappingNode map && map.Get("Resources") is YamlMappingNode ? new CloudFormationTemplate(map) : null;

    /// <summary>Every Ref, GetAtt and Sub reference below <paramref name="node"/> (the whole template when null).</summary>
    public IEnumerable<CfnReference> References(YamlNode? node = null)
    {
        node ??= Root;
        var (function, argument) = Intrinsic(node);
        switch (function)
        {
            case "Ref" when argument.Str() is { } name:
                yield return new CfnReference("Ref", name, node);
                break;
            case "GetAtt":
                var target = argument is YamlSequenceNode seq
                    ? string.Join('.', seq.Children.Select(c => c.Str()))
                    : argument.Str() ?? "";
                yield return new CfnReference("GetAtt", target, node);
                break;
            case "Sub":
                var text = argument is YamlSequenceNode parts ? parts.Children.FirstOrDefault().Str() : argument.Str();
                var variables = argument is YamlSequenceNode withMap && withMap.Children.Count > 1
                    ? withMap.Children[1].Pairs().Select(p => p.Key).ToHashSet(StringComparer.Ordinal)
                    : [];
                foreach (Match m in SubVariable().Matches(text ?? ""))
                    if (!variables.Contains(m.Groups[1].Value))
                        yield return new CfnReference("Sub", m.Groups[1].Value, node);
                break;
        }
        var children = node switch
        {
            YamlMappingNode map => map.Children.Values,
            YamlSequenceNode list => list.Children,
            _ => [],
        };
        foreach (var child in children)
            foreach (var reference in References(child))
                yield return reference;
    }

    /// <summary>
    /// Evaluates a value (an output's Value) with the given resolvers: <paramref name="reference"/> answers Ref (a
    /// resource, parameter or pseudo parameter), <paramref name="attribute"/> answers GetAtt (resource, attribute).
    /// Supports Ref, GetAtt, Sub and Join; null when something is unknown.
    /// </summary>
    public static string? Evaluate(YamlNode? value, Func<string, string?> reference, Func<string, string, string?> attribute)
    {
        var (function, argument) = Intrinsic(value);
        switch (function)
        {
            case null:
                return value.Str();
            case "Ref":
                return argument.Str() is { } referenced ? reference(referenced) : null;
            case "GetAtt":
                var target = argument is YamlSequenceNode seq ? seq.Children.Select(c => c.Str() ?? "").ToArray() : (argument.Str() ?? "").Split('.', 2);
                return target.Length == 2 ? attribute(target[0], target[1]) : null;
            case "Sub":
                var text = argument is YamlSequenceNode parts ? parts.Children.FirstOrDefault().Str() : argument.Str();
                if (text is null)
                    return null;
                var output = new StringBuilder();
                var last = 0;
                foreach (Match m in SubVariable().Matches(text))
                {
                    output.Append(text, last, m.Index - last);
                    var name = m.Groups[1].Value;
                    var resolved = name.Contains('.', StringComparison.Ordinal) && !name.StartsWith("AWS::", StringComparison.Ordinal)
                        ? attribute(name[..name.IndexOf('.', StringComparison.Ordinal)], name[(name.IndexOf('.', StringComparison.Ordinal) + 1)..])
                        : reference(name);
                    if (resolved is null)
                        return null;
                    output.Append(resolved);
                    last = m.Index + m.Length;
                }
                return output.Append(text, last, text.Length - last).ToString();
            case "Join" when argument is YamlSequenceNode { Children.Count: 2 } join:
                var pieces = join.Children[1] is YamlSequenceNode items ? items.Children.Select(i => Evaluate(i, reference, attribute)).ToList() : [];
                return pieces.Any(p => p is null) ? null : string.Join(join.Children[0].Str() ?? "", pieces);
            default:
                return null;
        }
    }

    /// <summary>The intrinsic function a node is (name without <c>Fn::</c>, e.g. "Sub") and its argument; (null, node) otherwise.</summary>
    public static (string? Function, YamlNode? Argument) Intrinsic(YamlNode? node)
    {
        if (node is null)
            return (null, null);
        if (!node.Tag.IsEmpty && node.Tag.Value.StartsWith('!'))
            return (node.Tag.Value[1..], node);
        if (node is YamlMappingNode { Children.Count: 1 } map && map.Children.Keys.Single() is YamlScalarNode { Value: { } key }
            && (key == "Ref" || key.StartsWith("Fn::", StringComparison.Ordinal)))
            return (key == "Ref" ? "Ref" : key["Fn::".Length..], map.Children.Values.Single());
        return (null, node);
    }

    // ${Name} or ${Resource.Attribute}; ${!Literal} is an escaped literal and not a reference.
    [GeneratedRegex(@"\$\{(?!!)([A-Za-z0-9:._]+)\}")]
    private static partial Regex SubVariable();
}
