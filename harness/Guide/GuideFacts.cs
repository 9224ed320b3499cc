using KedaGuidance.Harness.Static;
using KedaGuidance.Harness.Static.Knowledge;

namespace KedaGuidance.Harness.Guide;

/// <summary>
/// What the guide's AWS commands return on one account, which its scripts put into variables: the caller's account and
/// region, the cluster's OIDC issuer id, the queue URL and the outputs of the requirements stack. A target supplies
/// the real ones; <see cref="Example"/> clearly fake, well-formed ones for static runs and plans.
/// </summary>
public sealed record GuideFacts(string Account, string Region, string OidcId, string QueueUrl,
    IReadOnlyDictionary<string, string> StackOutputs, bool IsExample)
{
    public const string ExampleAccount = "123456789012";
    public const string ExampleRegion = "us-west-2";
    public const string ExampleOidcId = "EXAMPLED539D4633E53DE1B71EXAMPLE";
    public const string ExampleWorkspace = "ws-00000000-0000-0000-0000-000000000000";

    /// <summary>
    /// AWS documentation's example account and OIDC id, region us-west-2, and the stack outputs the guide's own
    /// template would give there: each output of requirements.yaml evaluated (Sub, Ref, GetAtt with the attribute
    /// formats of <see cref="CloudFormationTypes"/>), so a change to the template changes what the files are rendered with.
    /// </summary>
    public static GuideFacts Example(CloudFormationTemplate? requirements, string queueName = "app-queue")
    {
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, _, value) in requirements?.Outputs ?? [])
        {
            var evaluated = CloudFormationTemplate.Evaluate(value.Get("Value"),
                name => Pseudo(name) ?? Physical(requirements!, name, null),
                (resource, attribute) => Physical(requirements!, resource, attribute));
            if (evaluated is not null)
                outputs[key] = evaluated;
        }
        return new GuideFacts(ExampleAccount, ExampleRegion, ExampleOidcId,
            $"https://sqs.{ExampleRegion}.amazonaws.com/{ExampleAccount}/{queueName}", outputs, IsExample: true);
    }

    private static string? Pseudo(string name) => name switch
    {
        "AWS::AccountId" => ExampleAccount,
        "AWS::Region" => ExampleRegion,
        "AWS::Partition" => "aws",
        "AWS::URLSuffix" => "amazonaws.com",
        "AWS::StackName" => "keda-guidance",
        _ => null,
    };

    // A resource's Ref value (attribute null) or attribute in the example account, from the type's documented format.
    private static string? Physical(CloudFormationTemplate template, string logicalId, string? attribute)
    {
        if (template.Resource(logicalId) is not { Type: { } type } resource || !CloudFormationTypes.Known.TryGetValue(type, out var known))
            return null;
        var format = attribute is null ? known.RefReturns : known.Attributes.GetValueOrDefault(attribute);
        var name = resource.Properties.Str("RepositoryName") ?? resource.Properties.Str("RoleName") ?? resource.Properties.Str("InstanceProfileName") ?? logicalId.ToLowerInvariant();
        var id = type == "AWS::APS::Workspace" ? ExampleWorkspace : "example0000";
        return format?.Replace("{account}", ExampleAccount, StringComparison.Ordinal).Replace("{region}", ExampleRegion, StringComparison.Ordinal)
            .Replace("{id}", id, StringComparison.Ordinal).Replace("{name}", name, StringComparison.Ordinal);
    }
}
