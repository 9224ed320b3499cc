using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Static.Knowledge;

namespace KedaGuidance.Harness.Static.Rules;

/// <summary>
/// What the KEDA chart makes of the guide's values, for the chart the guide's helm install resolves to and for the
/// pinned one (<see cref="KedaChartChoice"/>): every image names one registry (from chart 2.15 the chart prefixes its
/// <c>image.*.registry</c> default to the guide's <c>ghcr.io/…</c> repositories: ErrImagePull), and the service
/// account the operator runs as carries the IRSA role the values set (chart 2.14.0 drops it).
/// </summary>
public sealed class KedaChartRenderRule : GuideRule
{
    public override string Id => "keda-chart-render";
    public override string Family => RuleFamilies.Chart;
    public override string Checks => "for the chart the guide's helm install resolves to (unpinned: the newest known) and the pinned one: every image names one registry, and the operator's service account carries the values' IRSA role";

    public override IEnumerable<Finding> Check(GuideDocuments docs)
    {
        const string file = GuideLayout.KedaValuesTemplate;
        var values = KedaChartChoice.Values(docs);
        if (values is null)
            yield break; // A missing or broken values file is the syntax rules' finding.
        var intendedRole = KedaChartRender.Of(KedaCharts.Known[0], values).ServiceAccounts.Select(s => s.RoleArn).FirstOrDefault(r => r is not null)
                           ?? values.Get("serviceAccount").Pairs().Select(p => p.Value.Str("annotations", KedaChartRender.RoleAnnotation)).FirstOrDefault(r => r is not null);
        foreach (var choice in KedaChartChoice.Of(docs))
        {
            if (choice.Chart is null)
            {
                yield return Warning(file, FindingLocation.None,
                    $"KEDA chart {choice.Version} ({choice.Why}) is not one the suite knows ({string.Join(", ", KedaCharts.Known.Select(c => c.Name))}): what it renders from these values was not checked.",
                    "Pin a chart the suite knows, or add the chart's facts to harness/Static/Knowledge/KedaCharts.cs and KedaChartValues.txt (from kedacore/charts at that tag).",
                    $"chart {choice.Version}");
                continue;
            }
            var render = KedaChartRender.Of(choice.Chart, values);
            var doubled = render.Images.Where(i => i.RegistryTwice).ToList();
            if (doubled.Count > 0)
            {
                var node = values.Get("image", KedaChart.ImageKey(doubled[0].Component), "repository");
                yield return new Finding(Id, Severity.Error, file, FindingLocation.At(node, $"image.{KedaChart.ImageKey(doubled[0].Component)}.repository"),
                    $"With KEDA chart {choice.Version} ({choice.Why}) the chart renders {string.Join(" and ", doubled.Select(i => i.Image))}: the chart puts its registry default ({doubled[0].Registry}) in front of a repository that already names it, no registry serves that image, and the pod ends in ErrImagePull, so KEDA never starts.",
                    $"Remove {string.Join(" and ", doubled.Select(i => $"image.{KedaChart.ImageKey(i.Component)}.repository"))} from {file} (the chart's defaults name the right images in every version), or set {string.Join(" and ", doubled.Select(i => $"image.{KedaChart.ImageKey(i.Component)}.registry: \"\""))} next to them; and pin the chart in the guide's helm install with --version.",
                    $"chart {choice.Version} images");
            }
            var operatorAccount = render.ServiceAccount(KedaComponent.Operator);
            if (intendedRole is not null && operatorAccount.RoleArn != intendedRole)
            {
                var others = render.ServiceAccounts.Where(s => s.RoleArn == intendedRole).Select(s => s.Name).ToList();
                yield return new Finding(Id, Severity.Error, file, FindingLocation.At(values.Get("serviceAccount", "annotations") ?? values.Get("serviceAccount"), "serviceAccount.annotations"),
                    $"With KEDA chart {choice.Version} ({choice.Why}) the operator's service account {operatorAccount.Name} gets {(operatorAccount.RoleArn is null ? "no IRSA role" : $"role {operatorAccount.RoleArn}")}, not {intendedRole}" +
                    (others.Count > 0 ? $" (the annotation lands on {string.Join(" and ", others)} only)" : "") +
                    ": the operator has no AWS identity and every AWS scaler fails.",
                    "Also set serviceAccount.operator.annotations with the same eks.amazonaws.com/role-arn (charts from 2.14 read it first), or pin a chart other than 2.14.0.",
                    $"chart {choice.Version} operator role");
            }
        }
    }
}
