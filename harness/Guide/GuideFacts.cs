using KedaGuidance.Harness.Static;
using KedaGuidance.Harness.Static.Knowledge;

namespace KedaGuidance.Harness.Guide;

/// <summary>
/// What the guide's AWS commands return on one account, which its scripts put into variables: the caller's account and
/// region, the cluster's OIDC issuer id, the queue URL and the outputs of the requirements stack. <see cref="On"/> gives
/// what they would return on an account before the suite has acted there; a target replaces what it learns (the queue
/// it created, the stack's real outputs). <see cref="Example"/>: clearly fake, well-formed ones for static runs.
/// </summary>
public sealed record GuideFacts(string Account, string Region, string OidcId, string QueueUrl,
    IReadOnlyDictionary<string, string> StackOutputs, bool IsExample)
{
    public const string ExampleAccount = "123456789012";
    public const string ExampleRegion = "us-west-2";
    public const string ExampleOidcId = "EXAMPLED539D4633E53DE1B71EXAMPLE";
    public const string ExampleWorkspace = "ws-00000000-0000-0000-0000-000000000000";

    /// <summary>AWS documentation's example account and OIDC id, region us-west-2 (<see cref="On"/> for that account).</summary>
    public static GuideFacts Example(GuideModel guide) => On(guide, ExampleAccount, ExampleRegion, isExample: true);

    /// <summary>
    /// The facts of <paramref name="account"/> and <paramref name="region"/> before any of the guide's steps ran there:
    /// the example OIDC id (no cluster's is known yet), the URL SQS gives the guide's queue (QUEUE_NAME as the guide
    /// exports it) in that account, and the outputs the guide's own requirements template would give there — each output
    /// evaluated (Sub, Ref, GetAtt with the attribute formats of <see cref="CloudFormationTypes"/>), so a change to the
    /// template changes what the files are rendered with. <paramref name="isExample"/>: the account is not one the run
    /// acts on (a plan, a static run).
    /// </summary>
    public static GuideFacts On(GuideModel guide, string account, string region, bool isExample)
    {
        var requirements = guide.RequirementsTemplate;
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, _, value) in requirements?.Outputs ?? [])
        {
            var evaluated = CloudFormationTemplate.Evaluate(value.Get("Value"),
                name => Pseudo(name, account, region, guide.Names.RequirementsStack?.Value) ?? Physical(requirements!, name, null, account, region),
                (resource, attribute) => Physical(requirements!, resource, attribute, account, region));
            if (evaluated is not null)
                outputs[key] = evaluated;
        }
        var queueName = guide.Names.Queue?.Value ?? "app-queue";
        return new GuideFacts(account, region, ExampleOidcId, $"https://sqs.{region}.amazonaws.com/{account}/{queueName}", outputs, isExample);
    }

    private static string? Pseudo(string name, string account, string region, string? stack) => name switch
    {
        "AWS::AccountId" => account,
        "AWS::Region" => region,
        "AWS::Partition" => "aws",
        "AWS::URLSuffix" => "amazonaws.com",
        "AWS::StackName" => stack, // create_requirements.sh's --stack-name
        _ => null,
    };

    // A resource's Ref value (attribute null) or attribute in the account, from the type's documented format; ids are the example's.
    private static string? Physical(CloudFormationTemplate template, string logicalId, string? attribute, string account, string region)
    {
        if (template.Resource(logicalId) is not { Type: { } type } resource || !CloudFormationTypes.Known.TryGetValue(type, out var known))
            return null;
        var format = attribute is null ? known.RefReturns : known.Attributes.GetValueOrDefault(attribute);
        var name = resource.Properties.Str("RepositoryName") ?? resource.Properties.Str("RoleName") ?? resource.Properties.Str("InstanceProfileName") ?? logicalId.ToLowerInvariant();
        var id = type == "AWS::APS::Workspace" ? ExampleWorkspace : "example0000";
        return format?.Replace("{account}", account, StringComparison.Ordinal).Replace("{region}", region, StringComparison.Ordinal)
            .Replace("{id}", id, StringComparison.Ordinal).Replace("{name}", name, StringComparison.Ordinal);
    }
}
