using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Keda.Chart;

namespace KedaGuidance.Harness.Keda;

/// <summary>
/// The named differences between the guide's "Install KEDA" and what the suite does on every target (the pinned
/// chart, the run-id labels, a chart on disk, an emptied image registry). How KEDA reaches AWS is the target's (<see cref="Targets.IKedaAwsStrategy.InstallDeviations"/>).
/// </summary>
public static class KedaDeviations
{
    public static IReadOnlyList<DeclaredDeviation> For(string target, string chartVersion, KedaChartSource? chart = null, IReadOnlyList<RegistryOverride>? registries = null)
    {
        var name = target;
        var deviations = new List<DeclaredDeviation>
        {
            new("keda-chart-version", name,
                "helm install keda kedacore/keda (unpinned; its expected output shows chart keda-2.12.0)",
                $"helm install … --version {chartVersion}; helm list then shows keda-{chartVersion}",
                "The guide's cluster is Kubernetes 1.29; KEDA 2.12 was tested on 1.26–1.28 only. The default pin, chart 2.14.3 (KEDA 2.14.1, tested on 1.27–1.29), " +
                "is the newest chart that renders the guide's values unchanged: its images name one registry and the guide's IRSA annotation reaches the keda-operator service account " +
                "(chart 2.14.0 misses it there; 2.15 and later double the registry). Override with KEDAGUIDE_KEDA_CHART_VERSION; the chart preflight checks any pin's render."),
            new("keda-run-id-labels", name,
                "additionalLabels: {} in keda-values.yaml",
                "a second values file sets additionalLabels kedaguidance.io/run-id=<run id>",
                "Every object the suite creates carries the run id, so a sweep finds what a crashed run left and nothing else is ever touched."),
        };
        if (chart is KedaChartSource.OnDisk disk)
            deviations.Add(new("keda-chart-on-disk", name,
                "helm repo add kedacore https://kedacore.github.io/charts; helm install keda kedacore/keda",
                $"no helm repo add; helm install keda {disk.Path} (KEDAGUIDE_KEDA_CHART)",
                "The chart was given on disk (an air-gapped cluster, or the chart's source from kedacore/charts); the preflight checks its render names the pinned version."));
        if (registries is { Count: > 0 })
            deviations.Add(new("keda-image-registry", name,
                string.Join("; ", registries.Select(r => $"image.{r.Component}.repository: {r.Repository} (the chart prefixes its default registry {r.ChartDefault}: {r.Rendered("<tag>")})")),
                "the second values file sets " + string.Join(", ", registries.Select(r => $"image.{r.Component}.registry: \"\"")) + ", so each image is the guide's repository as written",
                "The pinned chart keeps the registry apart from the repository (image.*.registry, default ghcr.io since chart 2.15) while the guide's values still name the registry " +
                "inside the repository; unchanged, the image names two registries and ends in ErrImagePull. Decided from the chart's own values (helm show values; a plan uses what the suite knows of that chart version)."));
        return deviations;
    }
}
