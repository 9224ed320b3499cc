using KedaGuidance.Harness.Operations;
using YamlDotNet.RepresentationModel;
using KedaGuidance.Harness.Guide;

namespace KedaGuidance.Harness.Workloads;

/// <summary>What the two scaling sections share: a ScaledObject rendered for the target, applied, then its HPA and Ready condition.</summary>
public interface IScaledObjectSection
{
    string? ScaledObjectYaml { get; }

    /// <summary>The HPA KEDA creates for the section's ScaledObject.</summary>
    string Hpa { get; }

    /// <summary>KEDA's name for a ScaledObject's HPA: <c>keda-hpa-</c> and the ScaledObject's name (KEDA's naming, not the guide's).</summary>
    static string HpaOf(string scaledObject) => "keda-hpa-" + scaledObject;

    Task ApplyScaledObjectAsync(CancellationToken cancellationToken);

    Task<ExpectationResult> ExpectHpaAsync(CancellationToken cancellationToken);

    Task<ExpectationResult> ExpectReadyAsync(CancellationToken cancellationToken);
}

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
