namespace KedaGuidance.Harness.Keda.Chart;

/// <summary>
/// What the suite knows of KEDA chart versions without the chart at hand — used only by a plan, which contacts
/// nothing; a live run reads the real chart (<see cref="ReadChartImageDefaults"/>). Facts read from kedacore/charts'
/// keda/values.yaml at the tags v2.12.1, v2.13.0, v2.14.2, v2.14.3, v2.15.1, v2.16.1, v2.17.0, v2.18.3, v2.19.0 and
/// v2.20.2, and checked by rendering 2.12.0, 2.14.0, 2.14.3, 2.16.1 and 2.20.2 with helm 3.17.2:
/// no <c>image.*.registry</c> key before 2.13.0; the keys present with null defaults in 2.13.x–2.14.x; <c>ghcr.io</c>
/// from 2.15 (2.15.0 was never tagged; 2.15.1 is the first). <c>global.image.registry</c> is null wherever it exists.
/// </summary>
public static class KedaChartKnowledge
{
    public static readonly IReadOnlyList<string> ImageComponents = ["keda", "metricsApiServer", "webhooks"];

    private static readonly Version RegistryKeysSince = new(2, 13, 0);
    private static readonly Version RegistryDefaultSince = new(2, 15, 0);

    /// <summary>The image registry defaults of a chart version, as its values.yaml states them.</summary>
    public static ChartImageDefaults ImageDefaults(string chartVersion)
    {
        var version = Parse(chartVersion);
        var source = $"planned: kedacore/charts v{chartVersion} keda/values.yaml as the suite knows it (a live run reads the chart itself)";
        if (version < RegistryKeysSince)
            return new ChartImageDefaults(null, new Dictionary<string, string?>(), source);
        string? registry = version < RegistryDefaultSince ? null : "ghcr.io";
        return new ChartImageDefaults(null, ImageComponents.ToDictionary(c => c, _ => registry, StringComparer.Ordinal), source);
    }

    private static Version Parse(string chartVersion)
    {
        var core = chartVersion.Split('-', '+')[0];
        return Version.TryParse(core, out var version) ? version : throw new ArgumentException($"'{chartVersion}' is not a chart version (x.y.z).", nameof(chartVersion));
    }
}
