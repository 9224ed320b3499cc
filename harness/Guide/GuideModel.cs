using KedaGuidance.Harness.Static;
using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Guide;

/// <summary>
/// The guide as data, read from the guide itself: what setup/env.sh and create_requirements.sh export (and what each
/// value derives from), the exports only the implementation guide's text makes, and the names of everything the
/// guide creates. The static rules, the guide environment and the clean-up read names from here, so a change to
/// env.sh or a manifest is seen everywhere and a rename in one file shows up as a disagreement with the others.
/// </summary>
public sealed class GuideModel
{
    private GuideModel(ShellScript? envScript, ShellScript? requirementsScript, CloudFormationTemplate? requirementsTemplate,
        IReadOnlyList<GuideVariableDefinition> variables, GuideNames names)
    {
        EnvScript = envScript;
        RequirementsTemplate = requirementsTemplate;
        RequirementsScript = requirementsScript;
        Variables = variables;
        Names = names;
    }

    /// <summary>setup/env.sh as the guide runs it (<c>./setup/env.sh</c> from the repository root); null when absent.</summary>
    public ShellScript? EnvScript { get; }

    /// <summary>scaledobject-samples/prometheus/setup/create_requirements.sh; null when absent.</summary>
    public ShellScript? RequirementsScript { get; }

    /// <summary>scaledobject-samples/prometheus/cloudformation/requirements.yaml; null when absent or not a template.</summary>
    public CloudFormationTemplate? RequirementsTemplate { get; }

    /// <summary>Every variable the guide's steps export, in the order a reader runs them.</summary>
    public IReadOnlyList<GuideVariableDefinition> Variables { get; }

    public GuideNames Names { get; }

    /// <summary>The last definition of a variable (a later export wins, as in the shell), or null.</summary>
    public GuideVariableDefinition? Definition(string name) => Variables.LastOrDefault(v => v.Name == name);

    /// <summary>The script line or guide step that defines a variable, or null when none does.</summary>
    public string? StepDefining(string name) => Definition(name)?.DefinedBy;

    /// <summary>
    /// Reads a guide checkout through the bounded reader (never beyond <paramref name="guideRoot"/>, never a link; missing
    /// or refused files give missing names, and the static layer reports the refusal).
    /// </summary>
    public static GuideModel Read(string guideRoot)
    {
        var files = new GuideFiles(guideRoot);
        return Parse(path => files.Read(path).Text);
    }

    /// <summary>Builds the model from the texts of the guide's files (<paramref name="read"/>: repository path → text, or null when absent).</summary>
    public static GuideModel Parse(Func<string, string?> read)
    {
        var env = read(GuideLayout.EnvScript) is { } envText ? ShellScript.Parse(GuideLayout.EnvScript, envText).WithMovesFolded() : null;
        var requirements = read(GuideLayout.PrometheusCreateRequirements) is { } reqText
            ? ShellScript.Parse(GuideLayout.PrometheusCreateRequirements, reqText).WithMovesFolded()
            : null;
        var variables = new List<GuideVariableDefinition>();
        if (env is not null)
            variables.AddRange(env.Exports.Select(e => GuideVariableDefinition.FromExport(e, $"{GuideLayout.EnvScript} line {e.Line} ({ImplementationGuideText.ClusterStep})")));
        foreach (var (step, command) in ImplementationGuideText.Exports)
            variables.AddRange(ShellScript.Parse("implementation guide", command).Exports.Select(e => GuideVariableDefinition.FromExport(e, $"implementation guide {step}: export {e.Name}")));
        if (requirements is not null)
            variables.AddRange(requirements.Exports.Select(e => GuideVariableDefinition.FromExport(e, $"{GuideLayout.PrometheusCreateRequirements} line {e.Line} (\"Create Amazon Managed Service for Prometheus\")")));
        var template = CloudFormationTemplate.Read(Documents(read, GuideLayout.PrometheusRequirementsTemplate).FirstOrDefault()?.Root);
        var queue = variables.LastOrDefault(v => v.Name == "QUEUE_NAME") is { Source: GuideVariableSource.Literal } q ? new GuideName(q.Expression, q.DefinedBy) : null;
        return new GuideModel(env, requirements, template, variables, ReadNames(read, env, requirements) with { Queue = queue });
    }

    private static GuideNames ReadNames(Func<string, string?> read, ShellScript? env, ShellScript? requirements)
    {
        GuideName? Export(string name) =>
            env?.Export(name) is { Value: { } value } e && e.Substitutions.Count == 0 ? new GuideName(value, $"{GuideLayout.EnvScript} line {e.Line}") : null;

        var sqs = Objects(read, GuideLayout.SqsConsumerDeployment);
        var consumer = sqs.FirstOrDefault(o => o.Kind == "Deployment");
        var scaledObject = Objects(read, GuideLayout.SqsScaledObject).FirstOrDefault(o => o.Kind == "ScaledObject");
        var app = Objects(read, GuideLayout.SampleAppManifest);
        var sampleApp = app.FirstOrDefault(o => o.Kind == "Deployment");
        var collector = Objects(read, GuideLayout.AdotCollector).FirstOrDefault(o => o.Kind is "DaemonSet" or "Deployment");
        var configMap = Objects(read, GuideLayout.AdotConfigMap).FirstOrDefault(o => o.Kind == "ConfigMap");
        var sigv4 = Objects(read, GuideLayout.SigV4Proxy);
        var proxy = sigv4.FirstOrDefault(o => o.Kind == "Deployment");
        var values = Documents(read, GuideLayout.KedaValuesTemplate).FirstOrDefault()?.Root;
        var stack = requirements?.Commands.FirstOrDefault(c => c.Text.Contains("cloudformation create-stack", StringComparison.Ordinal)) is { } create
            && System.Text.RegularExpressions.Regex.Match(create.Text, """--stack-name[ =]["']?(?<name>[A-Za-z0-9-]+)""") is { Success: true } m
            ? new GuideName(m.Groups["name"].Value, $"{GuideLayout.PrometheusCreateRequirements} line {create.Line}")
            : null;
        var templateRoot = Documents(read, GuideLayout.PrometheusRequirementsTemplate).FirstOrDefault()?.Root;
        var repository = templateRoot.Get("Resources").Pairs()
            .Where(r => r.Value.Str("Type") == "AWS::ECR::Repository")
            .Select(r => r.Value.Get("Properties", "RepositoryName") is YamlScalarNode n && n.Value is { Length: > 0 } name
                ? new GuideName(name, $"{GuideLayout.PrometheusRequirementsTemplate} line {n.Start.Line}")
                : null)
            .FirstOrDefault(n => n is not null);

        return new GuideNames
        {
            ClusterName = Export("CLUSTER_NAME"),
            KedaNamespace = Export("KEDA_NAMESPACE"),
            KedaOperatorRole = Export("KEDA_OPERATOR_ROLENAME"),
            KedaOperatorServiceAccount = At(GuideLayout.KedaValuesTemplate, values.Get("serviceAccount", "name")),
            SqsNamespace = consumer?.Namespace,
            SqsConsumerDeployment = consumer?.Name,
            SqsConsumerContainer = consumer?.Container,
            SqsConsumerServiceAccount = consumer?.ServiceAccount,
            SqsScaledObject = scaledObject?.Name,
            PrometheusNamespace = sampleApp?.Namespace,
            SampleAppDeployment = sampleApp?.Name,
            SampleAppContainer = sampleApp?.Container,
            SampleAppService = app.FirstOrDefault(o => o.Kind == "Service")?.Name,
            RequirementsStack = stack,
            SampleAppRepository = repository,
            AdotNamespace = collector?.Namespace,
            AdotCollector = collector?.Name,
            AdotServiceAccount = collector?.ServiceAccount,
            AdotConfigMap = configMap?.Name,
            SigV4Namespace = proxy?.Namespace,
            SigV4Deployment = proxy?.Name,
            SigV4Service = sigv4.FirstOrDefault(o => o.Kind == "Service")?.Name,
            SigV4ServiceAccount = proxy?.ServiceAccount,
        };
    }

    private static GuideName? At(string file, YamlNode? node) =>
        node is YamlScalarNode { Value: { Length: > 0 } value } ? new GuideName(value, $"{file} line {node.Start.Line}") : null;

    private static IEnumerable<YamlPart> Documents(Func<string, string?> read, string path) =>
        read(path) is { } text ? DocumentParser.ParseYaml(text).Where(p => p.Root is not null) : [];

    private static IReadOnlyList<NamedObject> Objects(Func<string, string?> read, string path) =>
        Documents(read, path)
            .Select(p => p.Root)
            .Where(r => r.Str("kind") is not null)
            .Select(r => new NamedObject(
                r.Str("kind")!,
                At(path, r.Get("metadata", "name")),
                At(path, r.Get("metadata", "namespace")),
                At(path, r.Get("spec", "template", "spec", "serviceAccountName")),
                At(path, r.Get("spec", "template", "spec").Seq("containers").FirstOrDefault()?.Get("name"))))
            .ToList();

    private sealed record NamedObject(string Kind, GuideName? Name, GuideName? Namespace, GuideName? ServiceAccount, GuideName? Container);
}
