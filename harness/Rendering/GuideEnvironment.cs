using KedaGuidance.Harness.Guide;

namespace KedaGuidance.Harness.Rendering;

/// <summary>
/// The variables the guide's steps export (setup/env.sh, the SQS queue step, create_requirements.sh, the OIDC step),
/// with the step that defines each, read from the guide itself (<see cref="FromGuide"/>: each export of its scripts in
/// <see cref="GuideModel"/>, evaluated from what its AWS commands return on a target, <see cref="GuideFacts"/>), so a
/// change to setup/env.sh or the requirements template reaches every rendered file. <see cref="With"/> replaces one
/// value (a queue URL a target created, a cluster name a setting gives); <see cref="WithStackOutputs"/> takes the
/// requirements stack's real outputs.
/// </summary>
public sealed record GuideEnvironment(IReadOnlyList<GuideVariable> Variables, bool IsExample)
{
    // The steps, named as a reader of the implementation guide finds them: the hint for a variable no step defined.
    public const string EnvScriptStep = "setup/env.sh (\"Create an Amazon EKS cluster\")";
    public const string OidcStep = "\"Create an Amazon EKS cluster\": export OIDC_ID=$(aws eks describe-cluster …)";
    public const string QueueStep = "\"Create an SQS Queue to be consumed by your application\": export QUEUE_NAME / QUEUE_URL";
    public const string RequirementsStep = "scaledobject-samples/prometheus/setup/create_requirements.sh (\"Create Amazon Managed Service for Prometheus\")";

    public IReadOnlyDictionary<string, string> Values =>
        Variables.GroupBy(v => v.Name).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);

    public string this[string name] => Values.TryGetValue(name, out var value)
        ? value
        : throw new KeyNotFoundException($"The guide's environment has no {name}.");

    /// <summary>The step of the guide that should define <paramref name="name"/>, or null when no step does (a hint for an undefined variable).</summary>
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
                GuideVariableSource.StackOutput => StackOutput(definition, facts.StackOutputs.GetValueOrDefault(definition.StackOutput!) ?? "None", values),
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
    public static GuideEnvironment ExampleFor(GuideModel guide) => FromGuide(guide, GuideFacts.Example(guide));

    /// <summary>
    /// Every variable the guide's scripts read from its requirements stack, as they compute it from the stack's
    /// <paramref name="outputs"/> (the output, then what the script appends: PROMETHEUS_ENDPOINT adds
    /// <c>api/v1/remote_write</c> in today's create_requirements.sh). An output the script reads and the stack lacks fails,
    /// naming both: the script would export "None".
    /// </summary>
    public GuideEnvironment WithStackOutputs(GuideModel guide, IReadOnlyDictionary<string, string> outputs)
    {
        var environment = this;
        foreach (var definition in guide.Variables.Where(v => v.Source == GuideVariableSource.StackOutput))
        {
            var output = outputs.GetValueOrDefault(definition.StackOutput!) is { Length: > 0 } value
                ? value
                : throw new InvalidOperationException($"CloudFormation stack {definition.StackName} has no output {definition.StackOutput}; {definition.DefinedBy} exports {definition.Name} from it (check the stack's template).");
            environment = environment.With(definition.Name, StackOutput(definition, output, environment.Values), definition.DefinedBy);
        }
        return environment;
    }

    private static string StackOutput(GuideVariableDefinition definition, string output, IReadOnlyDictionary<string, string> values) =>
        output + Envsubst.Render(definition.Suffix, values, out _);
}
