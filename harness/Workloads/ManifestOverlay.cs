using YamlDotNet.RepresentationModel;
using KedaGuidance.Harness.Guide;

namespace KedaGuidance.Harness.Workloads;

/// <summary>
/// Edits a rendered multi-document manifest the way a target deviation needs (an image name, an env var, a trigger
/// parameter) and nothing else: every edit names the object it changes and fails when that object or field is not
/// there, so a guide change can never turn a deviation into a silent no-op. The result is one YAML document per
/// object, separated by "---", in the original order.
/// </summary>
public sealed class ManifestOverlay
{
    private readonly string _source;
    private readonly List<YamlMappingNode> _documents;

    private ManifestOverlay(string source, List<YamlMappingNode> documents)
    {
        _source = source;
        _documents = documents;
    }

    public static ManifestOverlay Parse(string source, string yaml)
    {
        YamlStream stream;
        try
        {
            stream = BoundedYaml.Load(yaml);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new ManifestOverlayException($"{source} is not valid YAML at line {e.Start.Line}: {e.Message}");
        }
        return new ManifestOverlay(source, stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>().ToList());
    }

    /// <summary>The object of <paramref name="kind"/> named <paramref name="name"/>, or a clear error.</summary>
    public YamlMappingNode Object(string kind, string name) =>
        _documents.FirstOrDefault(d => Scalar(d, "kind") == kind && Scalar(Child(d, "metadata"), "name") == name)
        ?? throw new ManifestOverlayException($"{_source} has no {kind} named {name}; the deviation cannot be applied (did the guide rename it?).");

    /// <summary>Sets image (and imagePullPolicy) of the named container of a Deployment.</summary>
    public ManifestOverlay SetImage(string deployment, string container, string image, string pullPolicy)
    {
        var c = Container(deployment, container);
        c.Children[new YamlScalarNode("image")] = new YamlScalarNode(image);
        c.Children[new YamlScalarNode("imagePullPolicy")] = new YamlScalarNode(pullPolicy);
        return this;
    }

    /// <summary>Adds env entries to the named container; an entry the guide already sets is refused (a deviation adds, never overrides).</summary>
    public ManifestOverlay AddEnv(string deployment, string container, IEnumerable<(string Name, string Value)> variables)
    {
        var c = Container(deployment, container);
        if (!c.Children.TryGetValue(new YamlScalarNode("env"), out var node) || node is not YamlSequenceNode env)
            c.Children[new YamlScalarNode("env")] = env = new YamlSequenceNode();
        foreach (var (name, value) in variables)
        {
            if (env.Children.OfType<YamlMappingNode>().Any(e => Scalar(e, "name") == name))
                throw new ManifestOverlayException($"{_source}: container {container} of {deployment} already sets {name}; the overlay only adds variables.");
            env.Add(new YamlMappingNode(new YamlScalarNode("name"), new YamlScalarNode(name), new YamlScalarNode("value"), Quoted(value)));
        }
        return this;
    }

    /// <summary>Sets (or adds) one metadata parameter of the ScaledObject's single trigger.</summary>
    public ManifestOverlay SetTriggerMetadata(string scaledObject, string key, string value)
    {
        var spec = Required(Object("ScaledObject", scaledObject), "spec", $"ScaledObject {scaledObject}");
        var triggers = spec.Children.TryGetValue(new YamlScalarNode("triggers"), out var t) && t is YamlSequenceNode s
            ? s.Children.OfType<YamlMappingNode>().ToList()
            : [];
        if (triggers.Count != 1)
            throw new ManifestOverlayException($"{_source}: ScaledObject {scaledObject} has {triggers.Count} triggers; the overlay edits exactly one.");
        Required(triggers[0], "metadata", $"ScaledObject {scaledObject} trigger").Children[new YamlScalarNode(key)] = Quoted(value);
        return this;
    }

    /// <summary>The trigger metadata value the manifest holds now (after overlays), or null.</summary>
    public string? TriggerMetadata(string scaledObject, string key)
    {
        var spec = Required(Object("ScaledObject", scaledObject), "spec", $"ScaledObject {scaledObject}");
        var trigger = ((YamlSequenceNode)spec.Children[new YamlScalarNode("triggers")]).Children.OfType<YamlMappingNode>().First();
        return Scalar(Child(trigger, "metadata"), key);
    }

    /// <summary>The env entries (name → value) of the named container, as the manifest sets them.</summary>
    public IReadOnlyDictionary<string, string> Env(string deployment, string container)
    {
        var c = Container(deployment, container);
        return c.Children.TryGetValue(new YamlScalarNode("env"), out var node) && node is YamlSequenceNode env
            ? env.Children.OfType<YamlMappingNode>()
                .Where(e => Scalar(e, "name") is not null)
                .ToDictionary(e => Scalar(e, "name")!, e => Scalar(e, "value") ?? "", StringComparer.Ordinal)
            : new Dictionary<string, string>();
    }

    /// <summary>
    /// Makes a Service of type LoadBalancer cluster-internal: <c>type: ClusterIP</c>, and the annotations that configure a
    /// cloud load balancer (<c>service.beta.kubernetes.io/aws-load-balancer-*</c>) removed. Returns what the manifest set
    /// (for the deviation), or null when the Service is not a LoadBalancer (nothing to change).
    /// </summary>
    public string? MakeClusterInternal(string service)
    {
        var document = Object("Service", service);
        var spec = Required(document, "spec", $"Service {service}");
        if (Scalar(spec, "type") != "LoadBalancer")
            return null;
        spec.Children[new YamlScalarNode("type")] = new YamlScalarNode("ClusterIP");
        var removed = new List<string> { "type: LoadBalancer" };
        if (Child(Child(document, "metadata"), "annotations") is { } annotations)
        {
            foreach (var key in annotations.Children.Keys.OfType<YamlScalarNode>()
                         .Where(k => k.Value?.StartsWith(LoadBalancerAnnotationPrefix, StringComparison.Ordinal) == true).ToList())
            {
                removed.Add($"{key.Value}: {Scalar(annotations, key.Value!)}");
                annotations.Children.Remove(key);
            }
        }
        return string.Join(", ", removed);
    }

    /// <summary>The annotations the AWS load balancer integrations read (the guide sets the scheme and the type).</summary>
    public const string LoadBalancerAnnotationPrefix = "service.beta.kubernetes.io/aws-load-balancer-";

    /// <summary>The image of the first container of a workload's pod template (Deployment, DaemonSet …), or null.</summary>
    public string? Image(string kind, string name)
    {
        var podSpec = Child(Child(Child(Object(kind, name), "spec"), "template"), "spec");
        return podSpec is not null && podSpec.Children.TryGetValue(new YamlScalarNode("containers"), out var c) && c is YamlSequenceNode list
            ? list.Children.OfType<YamlMappingNode>().Select(x => Scalar(x, "image")).FirstOrDefault()
            : null;
    }

    public string ToYaml()
    {
        var parts = _documents.Select(document =>
        {
            using var writer = new StringWriter();
            new YamlStream(new YamlDocument(document)).Save(writer, assignAnchors: false);
            return writer.ToString().TrimEnd().TrimEnd('.').TrimEnd();
        });
        return string.Join("\n---\n", parts) + "\n";
    }

    private YamlMappingNode Container(string deployment, string container)
    {
        var where = $"Deployment {deployment}";
        var podSpec = Required(Required(Required(Object("Deployment", deployment), "spec", where), "template", where), "spec", where);
        var containers = podSpec.Children.TryGetValue(new YamlScalarNode("containers"), out var c) && c is YamlSequenceNode list
            ? list.Children.OfType<YamlMappingNode>()
            : [];
        return containers.FirstOrDefault(x => Scalar(x, "name") == container)
            ?? throw new ManifestOverlayException($"{_source}: {where} has no container named {container}.");
    }

    private YamlMappingNode Required(YamlMappingNode parent, string key, string where) =>
        Child(parent, key) ?? throw new ManifestOverlayException($"{_source}: {where} has no {key}.");

    private static YamlScalarNode Quoted(string value) => new(value) { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted };

    public static YamlMappingNode? Child(YamlMappingNode? parent, string key) =>
        parent is not null && parent.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node as YamlMappingNode : null;

    public static string? Scalar(YamlMappingNode? parent, string key) =>
        parent is not null && parent.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode s ? s.Value : null;
}
