namespace KedaGuidance.Harness.Rendering;

/// <summary>One exported variable of the guide's shell session and the guide step that defines it.</summary>
public sealed record GuideVariable(string Name, string Value, string DefinedBy);

/// <summary>
/// The variables the guide's steps export (setup/env.sh, the SQS queue step, create_requirements.sh, the OIDC step),
/// with the step that defines each. A target supplies real values; <see cref="Example"/> supplies clearly fake but
/// well-formed ones (account 123456789012, region us-west-2) for static runs and plans.
/// </summary>
public sealed record GuideEnvironment(IReadOnlyList<GuideVariable> Variables, bool IsExample)
{
    public const string ExampleAccount = "123456789012";
    public const string ExampleRegion = "us-west-2";

    // The steps, named as a reader of the implementation guide finds them.
    public const string EnvScriptStep = "setup/env.sh (\"Create an Amazon EKS cluster\")";
    public const string OidcStep = "\"Create an Amazon EKS cluster\": export OIDC_ID=$(aws eks describe-cluster …)";
    public const string QueueStep = "\"Create an SQS Queue to be consumed by your application\": export QUEUE_NAME / QUEUE_URL";
    public const string RequirementsStep = "scaledobject-samples/prometheus/setup/create_requirements.sh (\"Create Amazon Managed Service for Prometheus\")";

    public IReadOnlyDictionary<string, string> Values =>
        Variables.GroupBy(v => v.Name).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);

    public string this[string name] => Values.TryGetValue(name, out var value)
        ? value
        : throw new KeyNotFoundException($"The guide's environment has no {name}.");

    /// <summary>The step of the guide that should define <paramref name="name"/>, or null when no step does.</summary>
    public static string? StepDefining(string name) => name switch
    {
        "AWS_REGION" or "ACCOUNT_ID" or "CLUSTER_NAME" or "KEDA_NAMESPACE" or "KEDA_OPERATOR_ROLENAME" => EnvScriptStep,
        "OIDC_ID" => OidcStep,
        "QUEUE_NAME" or "QUEUE_URL" => QueueStep,
        "SAMPLE_APP_ECR" or "PROMETHEUS_ENDPOINT" or "PROMETHEUS_WORKSPACE" => RequirementsStep,
        _ => null,
    };

    /// <summary>Replaces (or adds) a variable, e.g. the queue URL a target actually created.</summary>
    public GuideEnvironment With(string name, string value, string definedBy) =>
        this with { Variables = [.. Variables.Where(v => v.Name != name), new GuideVariable(name, value, definedBy)] };

    /// <summary>The guide's environment for a given account and region, with the guide's own fixed names.</summary>
    public static GuideEnvironment For(string account, string region, string queueUrl, string oidcId,
        string prometheusWorkspace, bool isExample)
    {
        var aps = $"https://aps-workspaces.{region}.amazonaws.com/workspaces/{prometheusWorkspace}/";
        return new GuideEnvironment(
        [
            new("AWS_REGION", region, EnvScriptStep),
            new("ACCOUNT_ID", account, EnvScriptStep),
            new("CLUSTER_NAME", "eks-keda-guidance", EnvScriptStep),
            new("KEDA_NAMESPACE", "keda", EnvScriptStep),
            new("KEDA_OPERATOR_ROLENAME", "keda-operator-role", EnvScriptStep),
            new("OIDC_ID", oidcId, OidcStep),
            new("QUEUE_NAME", "app-queue", QueueStep),
            new("QUEUE_URL", queueUrl, QueueStep),
            new("SAMPLE_APP_ECR", $"{account}.dkr.ecr.{region}.amazonaws.com/sample-app", RequirementsStep),
            new("PROMETHEUS_ENDPOINT", aps + "api/v1/remote_write", RequirementsStep),
            new("PROMETHEUS_WORKSPACE", prometheusWorkspace, RequirementsStep),
        ], isExample);
    }

    /// <summary>Clearly fake, well-formed values for static runs and plans (AWS documentation's example account and OIDC id).</summary>
    public static GuideEnvironment Example { get; } = For(
        ExampleAccount, ExampleRegion,
        queueUrl: $"https://sqs.{ExampleRegion}.amazonaws.com/{ExampleAccount}/app-queue",
        oidcId: "EXAMPLED539D4633E53DE1B71EXAMPLE",
        prometheusWorkspace: "ws-00000000-0000-0000-0000-000000000000",
        isExample: true);
}
