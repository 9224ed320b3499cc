using KedaGuidance.Harness.Static.Knowledge;

namespace KedaGuidance.Harness.Static.Rules;

/// <summary>The Prometheus trigger's query parses, by Prometheus' own parser (promtool check rules).</summary>
public sealed class PromQlSyntaxRule : GuideRule, IToolRule
{
    public override string Id => "promql-syntax";
    public override string Family => RuleFamilies.PromQl;
    public override string Checks => "each prometheus trigger's query parses (promtool check rules on a generated rule file; Skipped without promtool)";

    public string? Unavailable => Promtool.Path is null
        ? "promtool is not on PATH, so the query's syntax was not checked: install Debian's 'prometheus' package (apt-get install prometheus) or put promtool on PATH."
        : null;

    public override IEnumerable<Finding> Check(GuideDocuments docs)
    {
        foreach (var (so, trigger, at) in KedaOperatorPolicyRule.Triggers(docs, "prometheus"))
        {
            var query = trigger.Get("metadata", "query");
            if (query.Str() is not { Length: > 0 } expression)
                continue; // keda-trigger-metadata reports a missing query.
            var problem = Promtool.CheckExpression(expression, TimeSpan.FromSeconds(20));
            if (problem is not null)
                yield return Error(so.Document.Path, query, $"{at}.metadata.query",
                    $"{so.Describe()}: the query does not parse as PromQL ({problem}); KEDA's scaler gets an error from Prometheus on every poll.",
                    "Fix the expression; try it in the Prometheus or Grafana query editor.");
        }
    }
}
