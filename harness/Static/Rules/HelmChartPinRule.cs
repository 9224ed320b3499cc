using KedaGuidance.Harness.Static.Knowledge;

namespace KedaGuidance.Harness.Static.Rules;

/// <summary>A helm install of the guide pins the chart version; without it, every reader gets whatever is newest that day.</summary>
public sealed class HelmChartPinRule : GuideRule
{
    public override string Id => "helm-chart-pinned";
    public override string Family => RuleFamilies.Reproducibility;
    public override string Checks => "(warning) every helm install of the guide pins the chart with --version";

    public override IEnumerable<Finding> Check(GuideDocuments docs) =>
        from install in HelmInstall.In(docs.Commands)
        where string.IsNullOrEmpty(install.Version)
        select Warning($"implementation guide: {install.Command.Step}", FindingLocation.None,
            $"helm install {install.Release} {install.Chart} has no --version: each reader installs the newest chart of that day (the guide's expected output shows 2.12.0; KEDA 2.12 was never tested on the guide's Kubernetes 1.29).",
            Hint(docs));

    // The newest chart the compatibility matrix says works with the guide's files as they are, else the suite's pin.
    private static string Hint(GuideDocuments docs) =>
        CompatibilityMatrix.For(docs).LastOrDefault(r => r.Verdict == CompatibilityMatrix.Works) is { } works
            ? $"Add --version {works.Chart}: the newest chart the suite knows that takes the guide's files unchanged and whose KEDA ({works.Keda}) was tested on the guide's Kubernetes {works.GuideKubernetes} (see the compatibility matrix in the evidence)."
            : $"Add --version {docs.Inputs.KedaVersion} (the chart this suite pins; no known chart takes the guide's files unchanged, see the compatibility matrix).";
}
