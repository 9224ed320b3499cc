using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>
/// How kubectl reads an unquoted YAML scalar (sigs.k8s.io/yaml, go-yaml v2: YAML 1.1 resolution): <c>5</c> is an
/// integer, <c>yes</c>/<c>on</c>/<c>true</c> booleans, <c>~</c> null. A CRD field typed string (a ScaledObject
/// trigger's metadata values) rejects those; an integer field rejects a quoted "10".
/// </summary>
public static partial class YamlScalars
{
    public static string ResolvedType(YamlNode node)
    {
        if (node is not YamlScalarNode scalar)
            return node is YamlMappingNode ? "mapping" : "list";
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
            return "string";
        var value = scalar.Value ?? "";
        if (value is "" or "~" or "null" or "Null" or "NULL")
            return "null";
        if (Bool11().IsMatch(value))
            return "boolean";
        if (Int11().IsMatch(value))
            return "integer";
        if (Float11().IsMatch(value))
            return "number";
        return "string";
    }

    [GeneratedRegex("^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$")]
    private static partial Regex Bool11();

    [GeneratedRegex("^[-+]?(0|[1-9][0-9_]*|0x[0-9a-fA-F_]+|0[0-7_]+|0b[01_]+)$")]
    private static partial Regex Int11();

    [GeneratedRegex(@"^([-+]?([0-9][0-9_]*)?\.[0-9_]*([eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")]
    private static partial Regex Float11();
}
