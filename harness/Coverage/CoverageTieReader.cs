using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Coverage;

/// <summary>
/// Reads the tie file: a YAML document with a <c>steps:</c> list; each item has <c>id</c>, <c>section</c>,
/// <c>step</c>, and either <c>covered_by</c> + <c>targets</c> or <c>waived</c>. Read through the representation
/// model so that every problem can name the line of the entry.
/// </summary>
public static class CoverageTieReader
{
    private static readonly string[] Keys = ["id", "section", "step", "covered_by", "targets", "waived"];

    /// <param name="targets">The names a tie may list (<see cref="Targets.TargetCatalog.CoverageTargets"/>).</param>
    public static CoverageTie Read(string yaml, string fileName, IReadOnlyList<string> targets)
    {
        var problems = new List<string>();
        var entries = new List<TieEntry>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            return new CoverageTie([], [$"{fileName}:{e.Start.Line}: not valid YAML: {e.Message}"], targets);
        }

        if (stream.Documents.Count == 0
            || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("steps"), out var stepsNode)
            || stepsNode is not YamlSequenceNode steps)
            return new CoverageTie([], [$"{fileName}: expected a top-level 'steps:' list of guide steps."], targets);

        foreach (var item in steps.Children)
        {
            var line = (int)item.Start.Line;
            if (item is not YamlMappingNode map)
            {
                problems.Add($"{fileName}:{line}: each item of 'steps:' must be a mapping (id, section, step, covered_by/targets or waived).");
                continue;
            }
            var entry = ReadEntry(map, line, fileName, targets, problems);
            if (entry is not null)
                entries.Add(entry);
        }
        return new CoverageTie(entries, problems, targets);
    }

    private static TieEntry? ReadEntry(YamlMappingNode map, int line, string fileName, IReadOnlyList<string> known, List<string> problems)
    {
        var where = $"{fileName}:{line}";
        var before = problems.Count;
        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? ""))
        {
            if (!Keys.Contains(key))
                problems.Add($"{where}: unknown key '{key}' (keys: {string.Join(", ", Keys)}).");
        }

        string? Scalar(string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value)
                ? s.Value.Trim()
                : null;

        var id = Scalar("id");
        var section = Scalar("section");
        var step = Scalar("step");
        var coveredBy = Scalar("covered_by");
        var waived = Scalar("waived");
        var targets = map.Children.TryGetValue(new YamlScalarNode("targets"), out var t) && t is YamlSequenceNode seq
            ? seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToList()
            : [];

        if (id is null || section is null || step is null)
            problems.Add($"{where}: an entry needs id, section and step (the guide step it ties, as the coverage check prints it).");
        if ((coveredBy is null) == (waived is null))
            problems.Add($"{where} ({step ?? id}): give exactly one of covered_by (\"<file>.feature: <scenario or step phrase>\") or waived (the reason).");

        FeatureReference? reference = null;
        if (coveredBy is not null)
        {
            var colon = coveredBy.IndexOf(": ", StringComparison.Ordinal);
            var file = colon < 0 ? "" : coveredBy[..colon].Trim();
            var phrase = colon < 0 ? "" : coveredBy[(colon + 2)..].Trim();
            if (!file.EndsWith(".feature", StringComparison.Ordinal) || phrase.Length == 0)
                problems.Add($"{where} ({step ?? id}): covered_by '{coveredBy}' must read \"<file>.feature: <scenario or step phrase>\".");
            else
                reference = new FeatureReference(file, phrase);
            if (targets.Count == 0)
                problems.Add($"{where} ({step ?? id}): a covered step needs targets: [{string.Join(", ", known)}] (those that execute it).");
        }
        if (waived is not null && targets.Count > 0)
            problems.Add($"{where} ({step ?? id}): a waived step is run by no target; remove targets: or replace waived: by covered_by:.");
        foreach (var unknown in targets.Where(x => !known.Contains(x)))
            problems.Add($"{where} ({step ?? id}): unknown target '{unknown}' (targets: {string.Join(", ", known)}).");

        return problems.Count > before
            ? null
            : new TieEntry(line, id!, section!, step!, reference, targets, waived);
    }
}
