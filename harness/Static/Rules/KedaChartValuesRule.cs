using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Static.Knowledge;

namespace KedaGuidance.Harness.Static.Rules;

/// <summary>
/// Keys of the guide's Helm values that the chart (the one the guide resolves to, and the pinned one) does not read:
/// the chart has no values schema, so helm ignores them without a word and a reader believes they do something.
/// </summary>
public sealed class KedaChartValuesRule : GuideRule
{
    public override string Id => "keda-chart-values";
    public override string Family => RuleFamilies.Chart;
    public override string Checks => "(warning) every key of the guide's Helm values is one the resolved and the pinned KEDA chart read (helm ignores the others silently)";

    public override IEnumerable<Finding> Check(GuideDocuments docs)
    {
        var values = KedaChartChoice.Values(docs);
        if (values is null)
            yield break;
        var charts = KedaChartChoice.Of(docs).Where(c => c.Chart is not null).ToList();
        var ignored = charts
            .SelectMany(c => KedaChartRender.Of(c.Chart!, values).Ignored.Select(i => (Choice: c, Ignored: i)))
            .GroupBy(x => x.Ignored.Path);
        foreach (var group in ignored)
        {
            var versions = group.Select(x => x.Choice.Version).ToList();
            var known = KedaCharts.Known.Where(c => KedaCharts.ValueKeys(c).Kind(group.Key) != ValueKeyKind.Unknown).Select(c => c.Name).ToList();
            yield return Warning(GuideLayout.KedaValuesTemplate, group.First().Ignored.Node, group.Key,
                $"{group.Key} is not a value of KEDA chart {string.Join(" or ", versions)} ({string.Join("; ", group.Select(x => x.Choice.Why))}): helm ignores it without a word" +
                (known.Count > 0 ? $" (charts {string.Join(", ", known)} read it)." : " (no chart from 2.12 reads it)."),
                known.Count > 0 ? $"Delete {group.Key}, or use what the chart now reads instead (see its values.yaml)." : $"Delete {group.Key}: it changes nothing.");
        }
    }
}
