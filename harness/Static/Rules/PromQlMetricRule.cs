using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Static.Knowledge;

namespace KedaGuidance.Harness.Static.Rules;

/// <summary>
/// The Prometheus trigger's query selects a metric that actually reaches the workspace: a metric the sample app
/// exports (app.py's prometheus_client metrics), renamed by the ADOT collector's prometheusremotewrite exporter
/// namespace ("adot" → adot_&lt;name&gt;). A typo here returns no data: KEDA sees 0 and never scales.
/// </summary>
public sealed class PromQlMetricRule : GuideRule
{
    public override string Id => "promql-metric";
    public override string Family => RuleFamilies.PromQl;
    public override string Checks => "each prometheus trigger's query names a metric the sample app exports, with the ADOT remote-write namespace prefix";

    public override IEnumerable<Finding> Check(GuideDocuments docs)
    {
        var triggers = KedaOperatorPolicyRule.Triggers(docs, "prometheus").ToList();
        if (triggers.Count == 0)
        {
            yield return Error("implementation guide: scaledobject.yaml", FindingLocation.None,
                "No prometheus trigger was found: the Prometheus ScaledObject (the guide's cat << EOF > scaledobject.yaml) is missing or does not parse.",
                "Keep the heredoc in features/00-static-conformance.feature in step with the implementation guide.");
            yield break;
        }
        if (docs.IsBroken(GuideLayout.SampleAppScript))
            yield break; // python-parse reports the app; what it exports cannot be read from a file that does not parse.
        var app = docs[GuideLayout.SampleAppScript]?.Text ?? "";
        var exported = PromQl.PythonClientExports(app);
        var prefix = RemoteWriteNamespace(docs);
        var available = exported.Select(n => prefix is null ? n : $"{prefix}_{n}").ToList();
        foreach (var (so, trigger, at) in triggers)
        {
            var query = trigger.Get("metadata", "query");
            if (query.Str() is not { Length: > 0 } expression)
                continue;
            foreach (var metric in PromQl.SelectedMetrics(expression).Where(m => !available.Contains(m)))
                yield return Error(so.Document.Path, query, $"{at}.metadata.query",
                    $"{so.Describe()}: the query selects {metric}, which nothing exports to the workspace: {GuideLayout.SampleAppScript} exports {string.Join(", ", exported)}" +
                    (prefix is null ? "" : $", written by the ADOT collector with namespace \"{prefix}\" as {string.Join(", ", available)}") +
                    ". The query returns no data, KEDA reads 0 and never scales.",
                    available.Count > 0 ? $"Query {available[0]} (e.g. sum(rate({available[0]}[1m])))." : "Export the metric from the sample app.");
        }
    }

    /// <summary>exporters.prometheusremotewrite.namespace of the collector config in the ADOT ConfigMap.</summary>
    private static string? RemoteWriteNamespace(GuideDocuments docs)
    {
        var configMap = docs.KubernetesObjects.FirstOrDefault(o => o.Document.Path == GuideLayout.AdotConfigMap && o.Kind == "ConfigMap");
        var config = configMap?.Root.Get("data").Pairs().Select(p => p.Value.Str()).FirstOrDefault(v => v?.Contains("prometheusremotewrite", StringComparison.Ordinal) == true);
        if (config is null)
            return null;
        var parts = DocumentParser.ParseYaml(config);
        return parts.FirstOrDefault()?.Root.Str("exporters", "prometheusremotewrite", "namespace");
    }
}
