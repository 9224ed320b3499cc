using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Static.Knowledge;
using KedaGuidance.Harness.Static.Rules;

namespace KedaGuidance.Harness.Static;

/// <summary>
/// The guide's files against every KEDA chart the suite knows (2.12 to the newest): the table a maintainer needs before
/// pinning or bumping KEDA. Each row applies the chart knowledge (<see cref="KedaChartRender"/>) to the guide's values
/// and KEDA's trigger parameters of that version to the guide's ScaledObjects, and compares KEDA's tested Kubernetes
/// range with the version setup/cluster.yaml creates.
/// </summary>
public static class CompatibilityMatrix
{
    public const string Works = "works";
    public const string Untested = "untested on the guide's Kubernetes";
    public const string Broken = "broken";

    public static IReadOnlyList<CompatibilityRow> For(GuideDocuments docs)
    {
        var values = KedaChartChoice.Values(docs);
        var cluster = GuideKubernetes(docs);
        var metadata = new ScaledObjectMetadataRule();
        var rows = new List<CompatibilityRow>();
        foreach (var chart in KedaCharts.Known)
        {
            var render = KedaChartRender.Of(chart, values);
            var intended = KedaChartRender.Of(KedaCharts.Known[0], values).ServiceAccount(KedaComponent.Operator).RoleArn;
            var operatorAccount = render.ServiceAccount(KedaComponent.Operator);
            var parameters = metadata.ForVersion(docs, chart.Version).Where(f => f.Severity == Severity.Warning).ToList();
            var deprecated = Parameters(parameters, "deprecated");
            var ignored = Parameters(parameters, "ignored since");
            var pulls = render.Images.All(i => !i.RegistryTwice);
            var hasRole = intended is null || operatorAccount.RoleArn == intended;
            var tested = cluster is { } k && chart.TestedOn(k);
            var why = new List<string>();
            if (!pulls)
                why.Add($"images {string.Join(", ", render.Images.Where(i => i.RegistryTwice).Select(i => i.Image))} name their registry twice (ErrImagePull)");
            if (!hasRole)
                why.Add($"the operator's service account {operatorAccount.Name} gets no IRSA role");
            if (!tested)
                why.Add(cluster is null ? "setup/cluster.yaml sets no Kubernetes version" : $"KEDA {chart.AppVersion} was tested on Kubernetes {chart.TestedRange}, not {cluster}");
            if (deprecated.Length > 0)
                why.Add($"deprecated: {deprecated}");
            if (ignored.Length > 0)
                why.Add($"ignored by KEDA: {ignored}");
            if (render.Ignored.Count > 0)
                why.Add($"values the chart ignores: {string.Join(", ", render.Ignored.Select(i => i.Path))}");
            rows.Add(new CompatibilityRow(
                chart.Name, chart.AppVersion, chart.TestedRange, cluster?.ToString() ?? "(eksctl's default)", tested,
                render.Image(KedaComponent.Operator).Image, render.Image(KedaComponent.MetricsApiServer).Image, pulls,
                operatorAccount.Name, operatorAccount.RoleArn is not null && hasRole,
                string.Join(", ", render.Ignored.Select(i => i.Path)), deprecated, ignored,
                !pulls || !hasRole ? Broken : !tested ? Untested : Works,
                string.Join("; ", why)));
        }
        return rows;
    }

    /// <summary>The Kubernetes version setup/cluster.yaml asks eksctl for (metadata.version), or null.</summary>
    public static Version? GuideKubernetes(GuideDocuments docs) =>
        docs[GuideLayout.ClusterConfig]?.ParsedParts.FirstOrDefault()?.Root.Str("metadata", "version") is { } v && Version.TryParse(v, out var version)
            ? version
            : null;

    // "metricName (implementation guide: scaledobject.yaml)" from the metadata rule's warnings.
    private static string Parameters(IEnumerable<Finding> warnings, string marker) =>
        string.Join(", ", warnings.Where(w => w.Message.Contains(" is " + marker, StringComparison.Ordinal))
            .Select(w => $"{w.Location.Path?.Split('.').Last()} ({w.File})").Distinct());
}
