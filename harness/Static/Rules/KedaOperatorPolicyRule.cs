using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Static.Knowledge;

namespace KedaGuidance.Harness.Static.Rules;

/// <summary>
/// The policies the guide attaches to the KEDA operator role grant what KEDA calls: sqs:GetQueueAttributes on the
/// queue each aws-sqs-queue trigger watches, and aps:QueryMetrics on the workspace the Prometheus trigger queries
/// (through the SigV4 proxy, which runs as the KEDA service account, or KEDA's own SigV4 signing since 2.13).
/// </summary>
public sealed class KedaOperatorPolicyRule : GuideRule
{
    public override string Id => "iam-keda-operator";
    public override string Family => RuleFamilies.Iam;
    public override string Checks => "the KEDA operator role's policies grant sqs:GetQueueAttributes on the watched queue and aps:QueryMetrics on the queried workspace";

    public override IEnumerable<Finding> Check(GuideDocuments docs)
    {
        var attachment = GuideIam.KedaOperator;
        var policies = attachment.PolicyFiles.Select(f => GuideIamContext.Policy(docs, f)).OfType<IamPolicy>().ToList();
        var sqsTriggers = Triggers(docs, "aws-sqs-queue").ToList();
        var promTriggers = Triggers(docs, "prometheus").ToList();
        if (sqsTriggers.Count == 0)
            yield return Error(GuideLayout.SqsScaledObject, FindingLocation.None, "No aws-sqs-queue trigger was found, so the KEDA operator's SQS permission cannot be checked.",
                "The guide's SQS ScaledObject must be present and parse.");
        foreach (var (so, trigger, at) in sqsTriggers)
        {
            var region = trigger.Str("metadata", "awsRegion") ?? "";
            var queue = GuideIam.SqsQueueArn(trigger.Str("metadata", "queueURL"), region, GuideIamContext.Account(docs));
            if (queue is null)
                continue; // keda-trigger-metadata reports a missing or unusable queueURL.
            foreach (var finding in Require(docs, policies, GuideLayout.SqsKedaPolicy, "sqs:GetQueueAttributes", queue,
                         $"the queue {so.Describe()} watches ({so.Document.Path}, {at})"))
                yield return finding;
        }
        foreach (var (so, trigger, at) in promTriggers)
        {
            var address = trigger.Str("metadata", "serverAddress") ?? "";
            var marker = address.IndexOf("/workspaces/", StringComparison.Ordinal);
            if (marker < 0)
                continue; // Not Amazon Managed Service for Prometheus: no IAM involved.
            var workspace = address[(marker + "/workspaces/".Length)..].Split('/')[0];
            var region = trigger.Str("metadata", "awsRegion") is { Length: > 0 } r ? r : GuideIamContext.Region(docs);
            var arn = $"arn:aws:aps:{region}:{GuideIamContext.Account(docs)}:workspace/{workspace}";
            foreach (var finding in Require(docs, policies, GuideLayout.PrometheusKedaPolicy, "aps:QueryMetrics", arn,
                         $"the workspace {so.Describe()} queries ({so.Document.Path}, {at})"))
                yield return finding;
        }
    }

    private IEnumerable<Finding> Require(GuideDocuments docs, IReadOnlyList<IamPolicy> policies, string policyFile, string action, string resource, string what)
    {
        if (policies.Any(p => p.Allows(action, resource)))
            yield break;
        var policy = policies.FirstOrDefault(p => p.File == policyFile);
        var statement = policy?.Statements.FirstOrDefault();
        var covering = policy?.Statements.FirstOrDefault(s => s.Effect == "Allow" && s.Actions.Any(a => IamPolicy.Glob(a.Value ?? "", action, true)));
        var node = covering?.Resources.FirstOrDefault() ?? (YamlDotNet.RepresentationModel.YamlNode?)statement?.Actions.FirstOrDefault() ?? statement?.Node;
        var path = covering is not null ? $"Statement[{covering.Index}].Resource" : statement is not null ? $"Statement[{statement.Index}].Action" : null;
        var granted = policy is null ? "the file is missing or does not parse"
            : string.Join("; ", policy.Statements.Select(s => $"{s.Effect} {string.Join(",", s.Actions.Select(a => a.Value))} on {string.Join(",", s.Resources.Select(r => r.Value))}"));
        yield return Error(policyFile, FindingLocation.At(node, path),
            $"{GuideIam.KedaOperator.Identity} is not allowed {action} on {resource}, {what}. The policies attached to it ({GuideIam.KedaOperator.HowAttached}) grant: {granted}. KEDA's scaler would fail with AccessDenied and never scale.",
            $"Grant \"{action}\" on \"{resource}\" in {policyFile}{(docs.Environment.IsExample ? " (the ARN uses the suite's example values)" : "")}.");
    }

    internal static IEnumerable<(KubeObject So, YamlDotNet.RepresentationModel.YamlNode Trigger, string At)> Triggers(GuideDocuments docs, string type) =>
        docs.ScaledObjects.SelectMany(so => so.Root.Seq("spec", "triggers")
            .Select((t, i) => (So: so, Trigger: t, At: $"spec.triggers[{i}]"))
            .Where(x => x.Trigger.Str("type") == type));
}
