using KedaGuidance.Harness.Static.Knowledge;

namespace KedaGuidance.Harness.Static.Rules;

/// <summary>
/// Each CloudFormation template the guide ships uses resource types and properties CloudFormation has (knowledge of the
/// types the guide uses: <see cref="CloudFormationTypes"/>), sets the required ones, and every Ref, GetAtt and Sub names a
/// resource, parameter, pseudo parameter or attribute that exists — what <c>aws cloudformation create-stack</c> rejects.
/// </summary>
public sealed class CloudFormationResourcesRule : GuideRule
{
    public override string Id => "cfn-resources";
    public override string Family => RuleFamilies.CloudFormation;
    public override string Checks => "each CloudFormation template's resource types and properties exist (required ones set), and every Ref/GetAtt/Sub resolves; a type outside the suite's knowledge is a warning";

    public override IEnumerable<Finding> Check(GuideDocuments docs)
    {
        foreach (var file in docs.Files.Where(f => f.Format == DocumentFormat.Yaml))
        {
            if (CloudFormationTemplate.Read(file.ParsedParts.FirstOrDefault()?.Root) is not { } template)
                continue;
            var version = template.Root.Get("AWSTemplateFormatVersion");
            if (version is not null && version.Str() != CloudFormationTypes.FormatVersion)
                yield return Error(file.Path, version, "AWSTemplateFormatVersion",
                    $"AWSTemplateFormatVersion is '{version.Str()}'; CloudFormation accepts only {CloudFormationTypes.FormatVersion}.",
                    $"Write AWSTemplateFormatVersion: '{CloudFormationTypes.FormatVersion}'.");
            foreach (var resource in template.Resources)
            {
                var at = $"Resources.{resource.LogicalId}";
                if (resource.Type is null)
                {
                    yield return Error(file.Path, resource.KeyNode, at, $"Resource {resource.LogicalId} has no Type: CloudFormation rejects the template.", "Add its Type (e.g. AWS::ECR::Repository).");
                    continue;
                }
                if (!CloudFormationTypes.Known.TryGetValue(resource.Type, out var type))
                {
                    var closest = CloudFormationTypes.Closest(resource.Type);
                    yield return closest is not null
                        ? Error(file.Path, resource.Node.Get("Type"), $"{at}.Type",
                            $"{resource.LogicalId} has Type {resource.Type}, which CloudFormation does not have: create-stack fails (\"Unrecognized resource types\").",
                            $"Did you mean {closest}?")
                        : Warning(file.Path, resource.Node.Get("Type"), $"{at}.Type",
                            $"{resource.LogicalId} has Type {resource.Type}, which is outside the suite's CloudFormation knowledge: its properties were not checked.",
                            "Add the type's schema facts to harness/Static/Knowledge/CloudFormationTypes.cs (with its source).");
                    continue;
                }
                foreach (var (name, keyNode, _) in resource.Properties.Pairs().Where(p => !type.Properties.Contains(p.Key)))
                    yield return Error(file.Path, keyNode, $"{at}.Properties.{name}",
                        $"{resource.Type} has no property {name}: create-stack fails (\"Encountered unsupported property {name}\"). It has: {string.Join(", ", type.Properties.Order(StringComparer.Ordinal))}.",
                        $"Remove {name} or correct its spelling.");
                foreach (var required in type.Required.Where(r => resource.Properties.Get(r) is null))
                    yield return Error(file.Path, resource.Node.Get("Properties") ?? resource.KeyNode, $"{at}.Properties",
                        $"{resource.LogicalId} ({resource.Type}) does not set {required}, which the type requires: create-stack fails.",
                        $"Set Properties.{required}.");
            }
            foreach (var reference in template.References())
            {
                var problem = Problem(template, reference);
                if (problem is not null)
                    yield return Error(file.Path, reference.Node, null, $"{reference.Function} {reference.Target}: {problem}; create-stack fails (\"Template format error\").",
                        "Name a resource or parameter of the template (or an AWS:: pseudo parameter), and an attribute its type returns.");
            }
        }
    }

    private static string? Problem(CloudFormationTemplate template, CfnReference reference)
    {
        var target = reference.Target;
        if (reference.Function == "Ref" || reference.Function == "Sub" && !target.Contains('.', StringComparison.Ordinal))
            return template.Resource(target) is not null || template.Parameters.Contains(target) || CloudFormationTypes.PseudoParameters.Contains(target)
                ? null
                : $"{target} is neither a resource nor a parameter of the template, nor a pseudo parameter";
        var dot = target.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0)
            return "GetAtt needs Resource.Attribute";
        var (logicalId, attribute) = (target[..dot], target[(dot + 1)..]);
        if (template.Resource(logicalId) is not { } resource)
            return $"there is no resource {logicalId}";
        return resource.Type is { } type && CloudFormationTypes.Known.TryGetValue(type, out var known) && !known.Attributes.ContainsKey(attribute)
            ? $"{type} has no attribute {attribute} (it returns {string.Join(", ", known.Attributes.Keys)})"
            : null;
    }
}
