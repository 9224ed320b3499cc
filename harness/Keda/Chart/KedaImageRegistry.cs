using KedaGuidance.Harness.Kubernetes;
using KedaGuidance.Harness.Static;
using YamlDotNet.RepresentationModel;
using KedaGuidance.Harness.Guide;

namespace KedaGuidance.Harness.Keda.Chart;

/// <summary>
/// Decides, from the chart's own defaults and the guide's rendered values, which KEDA images need their registry
/// emptied: exactly those whose repository in the guide's values already starts with a registry host while the chart
/// would put a registry in front of it, and whose registry the guide's values do not set themselves. No chart version
/// is compared here: a chart that has no registry default (2.12–2.14) needs nothing, one that has (2.15+) gets the
/// override, and a future chart is judged by its own values. The chart preflight then proves the render.
/// </summary>
public static class KedaImageRegistry
{
    public static IReadOnlyList<RegistryOverride> Overrides(ChartImageDefaults chart, string guideValuesYaml)
    {
        var stream = BoundedYaml.Load(guideValuesYaml);
        var values = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        if (values.Str("global", "image", "registry") is not null)
            return []; // the guide chose the registry itself

        var overrides = new List<RegistryOverride>();
        foreach (var (component, _, node) in values.Get("image").Pairs())
        {
            if (node is not YamlMappingNode image || image.Str("repository") is not { Length: > 0 } repository)
                continue;
            if (image.Children.ContainsKey(new YamlScalarNode("registry")))
                continue; // the guide set this component's registry (even to empty): the render is what the guide wrote
            var chartDefault = chart.DefaultFor(component);
            if (chartDefault.Length > 0 && ImageReference.Parse(repository).Registry is not null)
                overrides.Add(new RegistryOverride(component, repository, chartDefault));
        }
        return overrides;
    }
}
