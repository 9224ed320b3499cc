using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>One statement of an IAM policy document, with its nodes (for line numbers).</summary>
public sealed record IamStatement(int Index, YamlNode Node, string Effect, IReadOnlyList<YamlScalarNode> Actions,
    IReadOnlyList<YamlScalarNode> Resources, bool HasNotElements);

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

/// <summary>Which policy file the guide attaches to which identity, from its commands.</summary>
public sealed record IamAttachment(string Identity, string HowAttached, IReadOnlyList<string> PolicyFiles);

public static class GuideIam
{
    /// <summary>aws iam attach-role-policy --role-name ${KEDA_OPERATOR_ROLENAME} … sqsgetattributes / queryamp.</summary>
    public static IamAttachment KedaOperator { get; } = new("the KEDA operator role ($KEDA_OPERATOR_ROLENAME)",
        "aws iam attach-role-policy --role-name ${KEDA_OPERATOR_ROLENAME} --policy-arn …:policy/sqsgetattributes and …:policy/queryamp",
        [Guide.GuideLayout.SqsKedaPolicy, Guide.GuideLayout.PrometheusKedaPolicy]);

    /// <summary>eksctl create iamserviceaccount --name sqsconsumer … --attach-policy-arn …:policy/sqsconsumer.</summary>
    public static IamAttachment Consumer { get; } = new("the consumer's role (eksctl create iamserviceaccount sqsconsumer)",
        "eksctl create iamserviceaccount --name sqsconsumer --namespace keda-sqs-guidance --attach-policy-arn …:policy/sqsconsumer",
        [Guide.GuideLayout.SqsConsumerPolicy]);

    /// <summary>arn:aws:sqs:region:account:name of a KEDA queueURL (https://sqs.region.amazonaws.com/account/name) or a bare name.</summary>
    public static string? SqsQueueArn(string? queue, string region, string account)
    {
        if (string.IsNullOrEmpty(queue))
            return null;
        if (Uri.TryCreate(queue, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal))
        {
            var segments = uri.AbsolutePath.Trim('/').Split('/');
            return segments.Length == 2 ? $"arn:aws:sqs:{region}:{segments[0]}:{segments[1]}" : null;
        }
        return $"arn:aws:sqs:{region}:{account}:{queue}";
    }
}
