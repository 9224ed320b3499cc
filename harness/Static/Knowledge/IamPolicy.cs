using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>
/// An IAM policy document, evaluated the way IAM does for one action on one resource, minus conditions: an explicit
/// Deny wins, otherwise an Allow whose Action and Resource patterns (<c>*</c>, <c>?</c>; actions case-insensitive)
/// match. NotAction/NotResource statements are reported as unsupported rather than guessed.
/// </summary>
public sealed record IamPolicy(string File, YamlNode Root, IReadOnlyList<IamStatement> Statements)
{
    public static IamPolicy Parse(string file, YamlNode root)
    {
        var statementNode = root.Get("Statement");
        var nodes = statementNode is YamlSequenceNode seq ? seq.Children.ToList() : statementNode is null ? [] : [statementNode];
        var statements = nodes.Select((n, i) => new IamStatement(i, n, n.Str("Effect") ?? "",
            n.Get("Action").Scalars(), n.Get("Resource").Scalars(),
            n.Get("NotAction") is not null || n.Get("NotResource") is not null)).ToList();
        return new IamPolicy(file, root, statements);
    }

    public bool Allows(string action, string resource) =>
        Matching("Allow", action, resource).Any() && !Matching("Deny", action, resource).Any();

    /// <summary>The statements of an effect that cover the action on the resource.</summary>
    public IEnumerable<IamStatement> Matching(string effect, string action, string resource) =>
        Statements.Where(s => s.Effect == effect
            && s.Actions.Any(a => Glob(a.Value ?? "", action, ignoreCase: true))
            && s.Resources.Any(r => Glob(r.Value ?? "", resource, ignoreCase: false)));

    public static bool Glob(string pattern, string value, bool ignoreCase) =>
        Regex.IsMatch(value, "^" + Regex.Escape(pattern).Replace(@"\*", ".*").Replace(@"\?", ".") + "$",
            ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
}
