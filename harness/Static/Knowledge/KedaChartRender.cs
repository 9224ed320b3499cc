using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>
/// What one chart version renders from a values file, computed from <see cref="KedaChart"/>'s facts the way the
/// chart's templates compute it (helm merges the file over values.yaml; a key set to null deletes the default).
/// </summary>
public sealed record KedaChartRender(KedaChart Chart, IReadOnlyList<KedaRenderedImage> Images,
    IReadOnlyList<KedaRenderedServiceAccount> ServiceAccounts, IReadOnlyList<KedaIgnoredValue> Ignored)
{
    /// <summary>The IRSA annotation of a service account (EKS pod identity webhook): the role its pods assume.</summary>
    public const string RoleAnnotation = "eks.amazonaws.com/role-arn";

    public KedaRenderedImage Image(KedaComponent component) => Images.Single(i => i.Component == component);

    public KedaRenderedServiceAccount ServiceAccount(KedaComponent component) => ServiceAccounts.Single(s => s.Component == component);

    public static KedaChartRender Of(KedaChart chart, YamlNode? values)
    {
        var components = Enum.GetValues<KedaComponent>();
        return new KedaChartRender(chart,
            components.Select(c => RenderImage(chart, values, c)).ToList(),
            components.Select(c => RenderServiceAccount(chart, values, c)).ToList(),
            IgnoredKeys(KedaCharts.ValueKeys(chart), values, "").ToList());
    }

    private static KedaRenderedImage RenderImage(KedaChart chart, YamlNode? values, KedaComponent component)
    {
        var image = values.Get("image", KedaChart.ImageKey(component));
        var repository = Empty(Set(image, "repository")?.Value) is { Length: > 0 } r ? r : chart.DefaultRepository(component);
        var tag = image.Str("tag") is { Length: > 0 } t ? t : chart.AppVersion;
        var registry = "";
        if (chart.RegistryKeys)
        {
            // global.image.registry | default image.<c>.registry | default "": a key the file sets (even to "" or null) replaces the default.
            var global = values.Str("global", "image", "registry");
            registry = global is { Length: > 0 } ? global
                : Set(image, "registry") is { } own ? Empty(own.Value)
                : chart.DefaultRegistry ?? "";
        }
        var reference = registry.Length > 0 ? $"{registry}/{repository}:{tag}" : $"{repository}:{tag}";
        return new KedaRenderedImage(component, reference, registry, repository);
    }

    private static KedaRenderedServiceAccount RenderServiceAccount(KedaChart chart, YamlNode? values, KedaComponent component)
    {
        var flat = values.Get("serviceAccount");
        if (!chart.SplitServiceAccounts)
            return new(component, flat.Str("name") is { Length: > 0 } n ? n : chart.DefaultServiceAccount(component), Role(flat.Get("annotations")));
        var own = flat.Get(KedaChart.ServiceAccountKey(component));
        // (serviceAccount.<c>).name | default serviceAccount.name: the component's default name is never empty.
        var name = own.Str("name") is { Length: > 0 } ownName ? ownName
            : Set(own, "name") is not null && flat.Str("name") is { Length: > 0 } flatName ? flatName
            : chart.DefaultServiceAccount(component);
        var annotations = own.Get("annotations") is YamlMappingNode { Children.Count: > 0 } ownAnnotations ? ownAnnotations
            : component != KedaComponent.Operator || chart.OperatorFallsBackToFlatAnnotations ? flat.Get("annotations")
            : null;
        return new(component, name, Role(annotations));
    }

    private static string? Role(YamlNode? annotations) => annotations.Str(RoleAnnotation)?.Trim() is { Length: > 0 } role ? role : null;

    /// <summary>Keys of the values file below <paramref name="prefix"/> the chart does not read, reported at the topmost unknown key.</summary>
    private static IEnumerable<KedaIgnoredValue> IgnoredKeys(KedaChartValueKeys keys, YamlNode? node, string prefix)
    {
        foreach (var (key, keyNode, value) in node.Pairs())
        {
            var path = prefix.Length == 0 ? key : $"{prefix}.{key}";
            switch (keys.Kind(path))
            {
                case ValueKeyKind.Unknown:
                    yield return new KedaIgnoredValue(path, keyNode);
                    break;
                case ValueKeyKind.Branch when value is YamlMappingNode:
                    foreach (var ignored in IgnoredKeys(keys, value, path))
                        yield return ignored;
                    break;
            }
        }
    }

    // The scalar a mapping sets for a key (null when the key is absent): `registry:` with no value is set, and empty.
    private static YamlScalarNode? Set(YamlNode? map, string key) => map.Get(key) as YamlScalarNode;

    private static string Empty(string? value) => value is null or "~" or "null" ? "" : value;
}
