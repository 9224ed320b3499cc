using KedaGuidance.Harness.Guide;

namespace KedaGuidance.Harness.Rendering;

/// <summary>One exported variable of the guide's shell session and the guide step that defines it.</summary>
public sealed record GuideVariable(string Name, string Value, string DefinedBy);

/// <summary>
/// The variables the guide's steps export (setup/env.sh, the SQS queue step, create_requirements.sh, the OIDC step),
/// with the step that defines each. <see cref="FromGuide"/> reads them from the guide itself (<see cref="GuideModel"/>:
/// each export of its scripts, evaluated from what its AWS commands return on a target, <see cref="GuideFacts"/>);
/// <see cref="ExampleFor"/> does so with clearly fake but well-formed facts (account 123456789012, region us-west-2) for
/// static runs and plans. <see cref="With"/> replaces one value (a queue URL a target created, a cluster name a setting gives).
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

    /// <summary>
    /// The guide's environment as its scripts compute it on one account: every export of <paramref name="guide"/>
    /// in the order a reader runs them, literals expanded with the variables defined before them (as the shell does),
    /// command results taken from <paramref name="facts"/>. A variable whose command the suite does not model stays
    /// undefined, so the placeholder rules report what uses it.
    /// </summary>
    public static GuideEnvironment FromGuide(GuideModel guide, GuideFacts facts)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var variables = new List<GuideVariable>();
        foreach (var definition in guide.Variables)
        {
            var value = definition.Source switch
            {
                GuideVariableSource.Literal => Envsubst.Render(definition.Expression, values, out _),
                GuideVariableSource.Account => facts.Account,
                GuideVariableSource.Region => facts.Region,
                GuideVariableSource.OidcIssuer => facts.OidcId,
                GuideVariableSource.QueueUrl => facts.QueueUrl,
                // aws --query … --output text prints "None" for an output the stack does not have: the script exports that.
                GuideVariableSource.StackOutput => (facts.StackOutputs.TryGetValue(definition.StackOutput!, out var output) ? output : "None")
                    + Envsubst.Render(definition.Suffix, values, out _),
                GuideVariableSource.Command when facts.IsExample => $"example-{definition.Name.ToLowerInvariant().Replace('_', '-')}",
                _ => null,
            };
            if (value is null)
                continue;
            values[definition.Name] = value;
            variables.Add(new GuideVariable(definition.Name, value, definition.DefinedBy));
        }
        return new GuideEnvironment(variables, facts.IsExample);
    }

    /// <summary>The guide's environment with the example facts (<see cref="GuideFacts.Example"/>), read from the guide.</summary>
    public static GuideEnvironment ExampleFor(GuideModel guide) =>
        FromGuide(guide, GuideFacts.Example(guide.RequirementsTemplate,
            guide.Definition("QUEUE_NAME") is { Source: GuideVariableSource.Literal } queue ? queue.Expression : "app-queue"));

    /// <summary>
    /// The guide's environment for a given account and region with the pinned snapshot's names, for callers that hold
    /// no checkout of the guide (GuideModelTests checks it against <see cref="FromGuide"/> on the snapshot). Callers
    /// with a checkout use <see cref="FromGuide"/>, which follows a change to setup/env.sh.
    /// </summary>
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
