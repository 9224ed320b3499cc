using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Static;
using KedaGuidance.Harness.Static.Knowledge;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Keda.Chart;

/// <summary>
/// The image registries a KEDA chart's own values default to: <c>global.image.registry</c> and, per component under
/// <c>image</c> (<c>keda</c>, <c>metricsApiServer</c>, <c>webhooks</c>), its <c>registry</c> key — absent (chart 2.12),
/// present and null (2.13–2.14) or <c>ghcr.io</c> (2.15 and later). The chart's templates (2.13+) render
/// <c>global.image.registry | default image.&lt;component&gt;.registry | default ""</c> in front of the repository.
/// </summary>
/// <param name="Registries">Per component that has a registry key: its default (null when the key is empty). A component without the key is absent.</param>
/// <param name="Source">Where this came from (the chart's values.yaml through helm, or the suite's knowledge in a plan).</param>
public sealed record ChartImageDefaults(string? GlobalRegistry, IReadOnlyDictionary<string, string?> Registries, string Source) : IDescribedResult
{
    /// <summary>
    /// What a plan assumes of a chart version's image registries (a plan contacts nothing; a live run reads the chart):
    /// the facts of <see cref="KedaCharts"/> for that version (<see cref="KedaCharts.Closest"/> for one it does not know).
    /// </summary>
    public static ChartImageDefaults Planned(string chartVersion)
    {
        var chart = KedaCharts.Closest(chartVersion);
        // global.image.registry is null in every chart that has it (2.13+), so only the per-component defaults matter.
        var source = chart.Name == chartVersion
            ? $"planned: kedacore/charts v{chartVersion} keda/values.yaml as the suite knows it (a live run reads the chart itself)"
            : $"planned: kedacore/charts v{chartVersion} keda/values.yaml taken as v{chart.Name}'s, the nearest the suite knows (a live run reads the chart itself)";
        if (!chart.RegistryKeys)
            return new ChartImageDefaults(null, new Dictionary<string, string?>(), source);
        return new ChartImageDefaults(null, Enum.GetValues<KedaComponent>().ToDictionary(KedaChart.ImageKey, _ => chart.DefaultRegistry, StringComparer.Ordinal), source);
    }

    /// <summary>Reads a chart's values.yaml (as <c>helm show values</c> prints it).</summary>
    public static ChartImageDefaults Parse(string valuesYaml, string source)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(valuesYaml));
        }
        catch (YamlException e)
        {
            throw new InvalidOperationException($"The chart's values ({source}) are not valid YAML at line {e.Start.Line}: {e.Message}", e);
        }
        var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        var registries = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (component, _, node) in root.Get("image").Pairs())
        {
            if (node is YamlMappingNode map && map.Children.ContainsKey(new YamlScalarNode("registry")))
                registries[component] = Empty(map.Str("registry"));
        }
        return new ChartImageDefaults(Empty(root.Str("global", "image", "registry")), registries, source);
    }

    /// <summary>The registry the chart puts in front of a component's repository unless the values say otherwise ("" for none).</summary>
    public string DefaultFor(string component) =>
        GlobalRegistry ?? (Registries.TryGetValue(component, out var registry) ? registry : null) ?? "";

    public string Describe() =>
        $"{Source}: global.image.registry {GlobalRegistry ?? "unset"}; " +
        string.Join(", ", Registries.Select(r => $"image.{r.Key}.registry {r.Value ?? "null"}")) +
        (Registries.Count == 0 ? "no image.*.registry keys" : "");

    // helm's `default` treats null and "" alike; so does a YAML `registry:` with no value.
    private static string? Empty(string? value) => string.IsNullOrEmpty(value) || value == "null" || value == "~" ? null : value;
}
