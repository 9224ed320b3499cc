using KedaGuidance.Harness.Guide;

namespace KedaGuidance.Harness.Static.Rules;

/// <summary>
/// create_requirements.sh reads, from the stack it creates, outputs the template defines: each
/// <c>OutputKey==`X`</c> it queries is an output of requirements.yaml, of the stack it created. A missing output makes
/// <c>--query</c> print "None", and SAMPLE_APP_ECR, PROMETHEUS_ENDPOINT or PROMETHEUS_WORKSPACE become "None" for every later step.
/// </summary>
public sealed class CloudFormationOutputsRule : GuideRule
{
    public override string Id => "cfn-outputs";
    public override string Family => RuleFamilies.CloudFormation;
    public override string Checks => "every stack output create_requirements.sh reads is an output of requirements.yaml, of the stack the script creates";

    public override IEnumerable<Finding> Check(GuideDocuments docs)
    {
        var model = docs.Model();
        if (model.RequirementsScript is not { } script)
            yield break;
        var template = model.RequirementsTemplate;
        var outputs = template?.Outputs.Select(o => o.Key).ToHashSet(StringComparer.Ordinal) ?? [];
        var created = model.Names.RequirementsStack;
        foreach (var (query, line) in StackOutputQuery.In(script))
        {
            if (created is not null && query.Stack != created.Value)
                yield return Error(GuideLayout.PrometheusCreateRequirements, FindingLocation.AtLine(line),
                    $"Line {line} reads output {query.Output} of stack {query.Stack}, but the script creates stack {created.Value} ({created.DefinedIn}): the query finds no stack.",
                    $"Use --stack-name {created.Value} here.",
                    $"stack {query.Stack}");
            else if (template is not null && !outputs.Contains(query.Output))
                yield return Error(GuideLayout.PrometheusRequirementsTemplate, template.Root.Get("Outputs") is { } node ? FindingLocation.At(node, "Outputs") : FindingLocation.None,
                    $"{GuideLayout.PrometheusCreateRequirements} (line {line}) reads output {query.Output}, which the template does not define (it has {string.Join(", ", outputs)}): the variable becomes \"None\" for every later step.",
                    $"Add an output {query.Output} to the template's Outputs (or read one it has).",
                    $"output {query.Output}");
        }
    }
}
