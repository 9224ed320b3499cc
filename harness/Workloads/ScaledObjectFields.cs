using YamlDotNet.RepresentationModel;
using KedaGuidance.Harness.Guide;

namespace KedaGuidance.Harness.Workloads;

/// <summary>Reads one field of a ScaledObject manifest: spec.FIELD, or else the single trigger's metadata.FIELD.</summary>
public static class ScaledObjectFields
{
    public static string? Read(string yaml, string field)
    {
        var stream = BoundedYaml.Load(yaml);
        var scaledObject = stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>()
            .FirstOrDefault(d => ManifestOverlay.Scalar(d, "kind") == "ScaledObject")
            ?? throw new ManifestOverlayException("The manifest holds no ScaledObject.");
        var spec = ManifestOverlay.Child(scaledObject, "spec");
        if (ManifestOverlay.Scalar(spec, field) is { } value)
            return value;
        var triggers = spec is not null && spec.Children.TryGetValue(new YamlScalarNode("triggers"), out var t) && t is YamlSequenceNode s ? s : null;
        var trigger = triggers?.Children.OfType<YamlMappingNode>().FirstOrDefault();
        return ManifestOverlay.Scalar(ManifestOverlay.Child(trigger, "metadata"), field);
    }
}
