using KedaGuidance.Harness.Evidence;

namespace KedaGuidance.Harness.Keda;

/// <summary>
/// The named differences between the guide's "Install KEDA" and what the suite does on every target (the pinned
/// chart, the run-id labels). How KEDA reaches AWS is the target's (<see cref="Targets.IKedaAwsStrategy.InstallDeviations"/>).
/// </summary>
public static class KedaDeviations
{
    public static IReadOnlyList<DeclaredDeviation> For(string target, string chartVersion)
    {
        var name = target;
        var deviations = new List<DeclaredDeviation>
        {
            new("keda-chart-version", name,
                "helm install keda kedacore/keda (unpinned; its expected output shows chart keda-2.12.0)",
                $"helm install … --version {chartVersion}; helm list then shows keda-{chartVersion}",
                "The guide's cluster is Kubernetes 1.29; KEDA 2.12 was tested on 1.26–1.28 only, and 2.16 is the newest release tested on 1.29 (1.29–1.31). " +
                "From chart 2.14 the guide's serviceAccount.annotations (the IRSA role) apply to all three KEDA service accounts. Override with KEDAGUIDE_KEDA_CHART_VERSION."),
            new("keda-run-id-labels", name,
                "additionalLabels: {} in keda-values.yaml",
                "a second values file sets additionalLabels kedaguidance.io/run-id=<run id>",
                "Every object the suite creates carries the run id, so a sweep finds what a crashed run left and nothing else is ever touched."),
        };
        return deviations;
    }
}
