using System.Text.RegularExpressions;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Static.Knowledge;

namespace KedaGuidance.Harness.Keda.Chart;

/// <summary>
/// The pinned KEDA chart against the Kubernetes version of the cluster it goes on, from the Kubernetes minors KEDA was
/// tested on per release (<see cref="KedaChart.TestedKubernetes"/>: keda-docs operate/cluster.md, "Kubernetes
/// Compatibility"). A run on a cluster outside the pin's tested range declares it and names the chart to pin instead
/// (KEDAGUIDE_KEDA_CHART_VERSION); it does not fail: KEDA's table says what was tested, not what breaks, and the
/// chart preflight and the install's waits fail at once, with the reason, if the combination does not work. The
/// deviation puts it in the evidence, so a failure is read as possibly the combination rather than the guide. The
/// version is the cluster's own (describe-cluster on eks); a plan takes the guide's setup/cluster.yaml version.
/// Checked against KEDA's own CI (kedacore/keda, .github/workflows/template-versions-smoke-tests.yml): at v2.14.1 the
/// smoke tests run on kindest/node v1.29.2, v1.28.7 and v1.27.11, as the table says for chart 2.14.3; at v2.20.2 on
/// v1.34.3, v1.33.7 and v1.32.11, while the table says 1.33–1.35 — so no KEDA release's smoke tests ran on EKS 1.35,
/// the nightly's default, and the advice this type gives for it rests on the documentation's table alone.
/// </summary>
public static partial class KedaChartCompatibility
{
    /// <summary>
    /// The chart to install on Kubernetes <paramref name="kubernetes"/>: <paramref name="pin"/> when KEDA was tested there
    /// (the default pin takes the guide's values unchanged), else the newest chart the suite knows that was; null when none was.
    /// </summary>
    public static KedaChart? ChartFor(Version kubernetes, string pin)
    {
        if (KedaCharts.Find(pin) is { } pinned && pinned.TestedOn(kubernetes))
            return pinned;
        return KedaCharts.Known.LastOrDefault(c => c.TestedOn(kubernetes));
    }

    /// <summary>major.minor of a version as EKS ("1.35"), the API server ("v1.29.15+k3s1") or a node ("v1.27.5-eks-43840fb") writes it; null when it is none.</summary>
    public static Version? Minor(string? version) =>
        version is not null && MinorPattern().Match(version) is { Success: true } m
            ? new Version(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))
            : null;

    /// <summary>The deviation a run declares when the pinned chart was not tested on the cluster's Kubernetes version; null when it was, or when the version is unknown.</summary>
    public static DeclaredDeviation? Deviation(string target, string chartVersion, string? kubernetesVersion)
    {
        if (Minor(kubernetesVersion) is not { } kubernetes)
            return null;
        var chart = KedaCharts.Find(chartVersion);
        if (chart is not null && chart.TestedOn(kubernetes))
            return null;
        var instead = ChartFor(kubernetes, chartVersion);
        var advice = instead is null
            ? $"no chart the suite knows was tested on {kubernetes} (the newest, {KedaCharts.Newest.Name}, on {KedaCharts.Newest.TestedRange})"
            : $"KEDAGUIDE_KEDA_CHART_VERSION={instead.Name} (KEDA {instead.AppVersion}, tested on {instead.TestedRange})";
        return new DeclaredDeviation("keda-chart-untested-kubernetes", target,
            "helm install keda kedacore/keda on the cluster the guide creates (setup/cluster.yaml)",
            chart is null
                ? $"chart {chartVersion} (not one the suite knows: its tested Kubernetes range is unknown) on this cluster's Kubernetes {kubernetes}"
                : $"chart {chart.Name} (KEDA {chart.AppVersion}, tested on Kubernetes {chart.TestedRange}) on this cluster's Kubernetes {kubernetes}, outside that range",
            $"KEDA was not tested with this chart on this cluster's Kubernetes version, so a failure may come from the combination rather than the guide; pin {advice}");
    }

    [GeneratedRegex(@"^v?(\d+)\.(\d+)")]
    private static partial Regex MinorPattern();
}
