using KedaGuidance.Harness.Guide;
using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>A KEDA chart version the static layer judges the guide's values with, and why that one.</summary>
/// <param name="Chart">The suite's knowledge of that version; null when it has none.</param>
public sealed record KedaChartChoice(string Version, string Why, KedaChart? Chart)
{
    /// <summary>
    /// The chart the guide's own <c>helm install … kedacore/keda</c> resolves to (its <c>--version</c>, or — unpinned —
    /// the newest chart the suite knows, what kedacore's repository serves a reader today), and the chart the suite
    /// pins (KEDAGUIDE_KEDA_CHART_VERSION); one entry when they are the same version.
    /// </summary>
    public static IReadOnlyList<KedaChartChoice> Of(GuideDocuments docs)
    {
        var choices = new List<KedaChartChoice>();
        foreach (var install in HelmInstall.In(docs.Commands).Where(h => h.Chart.EndsWith("/keda", StringComparison.Ordinal)))
        {
            var version = install.Version is { Length: > 0 } pinned ? pinned : KedaCharts.Newest.Name;
            Add(version, install.Version is { Length: > 0 }
                ? $"the guide's helm install pins --version {version}"
                : $"what the guide's unpinned helm install resolves to: the newest chart the suite knows");
        }
        Add(docs.Inputs.KedaVersion, "the chart the suite pins, KEDAGUIDE_KEDA_CHART_VERSION");
        return choices;

        void Add(string version, string why)
        {
            var index = choices.FindIndex(c => c.Version == version);
            if (index >= 0)
                choices[index] = choices[index] with { Why = choices[index].Why + "; " + why };
            else
                choices.Add(new KedaChartChoice(version, why, KedaCharts.Find(version)));
        }
    }

    /// <summary>The guide's Helm values as the guide renders them (keda/keda-values.yaml from the template).</summary>
    public static YamlNode? Values(GuideDocuments docs) => docs[GuideLayout.KedaValuesTemplate]?.ParsedParts.FirstOrDefault()?.Root;
}
