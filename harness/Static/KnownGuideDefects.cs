using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Static;

/// <summary>
/// features/known-guide-defects.yaml: findings of the guide a maintainer has accepted, each with its reason. A run
/// passes with them, shows them first as known defects, fails on any other error, and fails on a listed defect that no
/// longer occurs (stale), so the list stays true as the guide is fixed.
/// </summary>
public sealed class KnownGuideDefects
{
    public const string FileName = "features/known-guide-defects.yaml";
    public const string ResourceName = "features.known-guide-defects.yaml";
    private static readonly string[] Keys = ["rule", "file", "subject", "reason", "since", "suite"];

    private KnownGuideDefects(IReadOnlyList<KnownGuideDefect> defects) => Defects = defects;

    public IReadOnlyList<KnownGuideDefect> Defects { get; }

    public static KnownGuideDefects None { get; } = new([]);

    /// <summary>Reads the file; every problem (not YAML, an unknown key or rule, no reason, since or suite) is an error naming its line.</summary>
    public static KnownGuideDefects Parse(string yaml, IReadOnlySet<string> ruleIds, string fileName = FileName)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new FormatException($"{fileName}:{e.Start.Line}: not valid YAML: {e.Message}", e);
        }
        var root = stream.Documents.FirstOrDefault()?.RootNode;
        if (root.Get("defects") is not YamlSequenceNode list)
            throw new FormatException($"{fileName}: expected a top-level 'defects:' list (each item: rule, file, optional subject, reason, since, suite).");
        var defects = new List<KnownGuideDefect>();
        foreach (var item in list.Children)
        {
            var line = (int)item.Start.Line;
            var unknown = item.Pairs().Select(p => p.Key).Where(k => !Keys.Contains(k)).ToList();
            if (item is not YamlMappingNode || unknown.Count > 0)
                throw new FormatException($"{fileName}:{line}: each defect is a mapping of {string.Join(", ", Keys)}{(unknown.Count > 0 ? $"; unknown: {string.Join(", ", unknown)}" : "")}.");
            var rule = item.Str("rule");
            var file = item.Str("file");
            var reason = item.Str("reason");
            var since = item.Str("since");
            var suite = item.Str("suite");
            // All five are required: the report lifts each accepted defect to its top with why, since when and what
            // the suite does, and an entry that cannot say those is not an accepted defect but an unexamined one.
            if (new[] { rule, file, reason, since, suite }.Any(string.IsNullOrWhiteSpace))
                throw new FormatException($"{fileName}:{line}: rule, file, reason, since and suite are required (a defect is accepted for a stated reason, since a stated commit, with what the suite does about it).");
            if (!ruleIds.Contains(rule!))
                throw new FormatException($"{fileName}:{line}: rule '{rule}' is not a rule of the suite (see README \"Static conformance\").");
            defects.Add(new KnownGuideDefect(rule!, file!, item.Str("subject") is { Length: > 0 } s ? s : null, reason!.Trim(), since!.Trim(), suite!.Trim(), line));
        }
        return new KnownGuideDefects(defects);
    }

    /// <summary>
    /// Applies the list to a report of <paramref name="rulesRun"/> (optionally restricted to one file): a listed defect
    /// is judged only where it could have been found.
    /// </summary>
    public KnownDefectOutcome Apply(StaticReport report, string? onlyFile = null)
    {
        var accepted = new List<(Finding, KnownGuideDefect)>();
        var errors = new List<Finding>();
        foreach (var finding in report.Findings)
        {
            var defect = Defects.FirstOrDefault(d => d.Matches(finding));
            if (defect is not null)
                accepted.Add((finding, defect));
            else if (finding.Severity == Severity.Error)
                errors.Add(finding);
        }
        var stale = Defects
            .Where(d => report.RulesRun.Contains(d.Rule) && (onlyFile is null || onlyFile == d.File))
            .Where(d => !report.UncheckedFiles.Contains(d.File))
            .Where(d => !report.Findings.Any(d.Matches))
            .ToList();
        return new KnownDefectOutcome(accepted, errors, stale);
    }
}
