using KedaGuidance.Harness.Static;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using KedaGuidance.Harness.Guide;

namespace KedaGuidance.Harness.Helm;

/// <summary>
/// One object of <c>helm template</c>'s output: what <c>helm install</c> would create with the same chart and values
/// (helm renders the same templates; install adds only its release annotations). Read as data — kind, name,
/// namespace, labels, annotations and, for workloads, the pod template — for the chart preflight.
/// </summary>
public sealed record RenderedObject(string Kind, string Name, string? Namespace, IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> Annotations, RenderedPodTemplate? PodTemplate)
{
    /// <summary>"Deployment keda/keda-operator", "CustomResourceDefinition scaledobjects.keda.sh".</summary>
    public override string ToString() => Namespace is null ? $"{Kind} {Name}" : $"{Kind} {Namespace}/{Name}";

    /// <summary>
    /// helm's output holds the chart's CRDs (deep OpenAPI schemas, tens of thousands of nodes), so its budget is wider
    /// than a guide file's; it still bounds what the guide's values could make the render hold.
    /// </summary>
    private static readonly YamlBudget HelmOutputBudget = new(MaxDepth: 256, MaxNodes: 5_000_000, MaxDocuments: 10_000);

    /// <summary>Every object of a multi-document render; empty documents (helm's <c>---</c> around skipped templates) are left out.</summary>
    public static IReadOnlyList<RenderedObject> ParseAll(string rendered)
    {
        YamlStream stream;
        try
        {
            stream = BoundedYaml.Load(rendered, HelmOutputBudget); // rendered from the guide's values
        }
        catch (YamlException e)
        {
            throw new HelmException($"helm template printed YAML that does not parse (line {e.Start.Line}, column {e.Start.Column}): {e.Message}");
        }
        var objects = new List<RenderedObject>();
        foreach (var document in stream.Documents)
        {
            if (document.RootNode is not YamlMappingNode root || root.Str("kind") is not { Length: > 0 } kind)
                continue;
            var metadata = root.Map("metadata");
            objects.Add(new RenderedObject(kind, metadata.Str("name") ?? "(no name)", metadata.Str("namespace"),
                Strings(metadata.Get("labels")), Strings(metadata.Get("annotations")), PodTemplateOf(kind, root)));
        }
        return objects;
    }

    private static RenderedPodTemplate? PodTemplateOf(string kind, YamlMappingNode root)
    {
        var template = kind switch
        {
            "Pod" => root,
            "CronJob" => root.Map("spec", "jobTemplate", "spec", "template"),
            "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet" or "Job" => root.Map("spec", "template"),
            _ => null,
        };
        if (template is null)
            return null;
        var spec = template.Get("spec");
        var containers = spec.Seq("initContainers").Select(c => Container(c, init: true))
            .Concat(spec.Seq("containers").Select(c => Container(c, init: false)))
            .ToList();
        return new RenderedPodTemplate(Strings(template.Get("metadata", "labels")), spec.Str("serviceAccountName") ?? spec.Str("serviceAccount"), containers);
    }

    private static RenderedContainer Container(YamlNode node, bool init)
    {
        var env = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var variable in node.Seq("env"))
        {
            if (variable.Str("name") is not { } name)
                continue;
            env[name] = variable.Str("value")
                ?? (variable.Map("valueFrom", "secretKeyRef") is { } secret ? $"secretKeyRef {secret.Str("name")}/{secret.Str("key")}" : null);
        }
        return new RenderedContainer(node.Str("name") ?? "(no name)", node.Str("image") ?? "", init, env);
    }

    private static Dictionary<string, string> Strings(YamlNode? node) =>
        node.Pairs().Where(p => p.Value is YamlScalarNode).ToDictionary(p => p.Key, p => ((YamlScalarNode)p.Value).Value ?? "", StringComparer.Ordinal);
}
