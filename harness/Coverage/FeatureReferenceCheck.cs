using KedaGuidance.Harness.Runner;

namespace KedaGuidance.Harness.Coverage;

/// <summary>
/// Checks that every feature a tie entry names exists and contains the phrase (a scenario title or step text), so
/// that "covered" always points at something that runs.
/// </summary>
public static class FeatureReferenceCheck
{
    /// <summary>Scenario titles and step texts of each feature file, by file name ("01-install-keda.feature").</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Index(FeatureCatalog catalog) =>
        catalog.Cases
            .GroupBy(c => FeatureCatalog.DisplayFileName(c.FeatureFile), StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<string>)g.SelectMany(c => c.BackgroundSteps.Concat(c.Steps).Select(s => s.Text).Prepend(c.ScenarioTitle))
                    .Distinct(StringComparer.Ordinal).ToList(),
                StringComparer.Ordinal);

    public static IReadOnlyList<string> Check(IEnumerable<TieEntry> entries, IReadOnlyDictionary<string, IReadOnlyList<string>> features, string tieFileName)
    {
        var problems = new List<string>();
        var covered = entries.Where(e => e.CoveredBy is not null).ToList();
        foreach (var absent in covered.Where(e => !features.ContainsKey(e.CoveredBy!.FeatureFile)).GroupBy(e => e.CoveredBy!.FeatureFile))
            problems.Add($"feature file missing: {absent.Key} is not in features/ (or has no scenario), yet {tieFileName} ties {absent.Count()} guide step(s) to it (lines {string.Join(", ", absent.Select(e => e.Line))}), e.g. {absent.First().Step}.");
        foreach (var entry in covered.Where(e => features.ContainsKey(e.CoveredBy!.FeatureFile)))
        {
            var reference = entry.CoveredBy!;
            if (!features[reference.FeatureFile].Any(t => t.Contains(reference.Phrase, StringComparison.OrdinalIgnoreCase)))
                problems.Add($"phrase missing: {tieFileName}:{entry.Line} ({entry.Step}) is covered by \"{reference.Phrase}\", which no scenario title or step of {reference.FeatureFile} contains.");
        }
        return problems;
    }
}
