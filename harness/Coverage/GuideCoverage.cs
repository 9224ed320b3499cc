using System.Reflection;
using System.Text;
using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Guide;

namespace KedaGuidance.Harness.Coverage;

/// <summary>
/// Where the coverage check gets its inputs and how it reports: the guide's text from KEDAGUIDE_GUIDE_TEXT, the tie
/// file embedded in the test assembly next to the features, and one message listing every problem.
/// </summary>
public static class GuideCoverage
{
    /// <summary>The tie file as a maintainer finds it in the repository.</summary>
    public const string TieFileName = "features/guide-coverage.yaml";

    /// <summary>The tie file's manifest resource name (the steps project embeds it next to the features).</summary>
    public const string TieResourceName = "features.guide-coverage.yaml";

    /// <summary>Null when the guide's text is configured; otherwise why the coverage scenarios are skipped and what to set.</summary>
    public static string? SkipReason(SuiteSettings settings) => settings.GuideText is null
        ? $"guide coverage needs the implementation guide's text: set {SettingNames.GuideText} to the guide as text or markdown (CI uses ../shared/guide/implementation-guide.txt; .ci/run sets it)."
        : null;

    /// <summary>The implementation guide's text, read as bounded UTF-8 (a regular file, at most 1 MiB; it is 45 KB).</summary>
    public static IReadOnlyList<GuideStep> ReadGuide(string path) =>
        GuideTextReader.Read(new GuideFiles(Path.GetDirectoryName(Path.GetFullPath(path))!).ReadText(Path.GetFileName(path)));

    /// <param name="targets">The names a tie may list (<see cref="Targets.TargetCatalog.CoverageTargets"/>).</param>
    public static CoverageTie ReadTie(Assembly assembly, IReadOnlyList<string> targets)
    {
        using var stream = assembly.GetManifestResourceStream(TieResourceName)
            ?? throw new InvalidOperationException($"{TieFileName} is not embedded in {assembly.GetName().Name}: the steps project must embed it as {TieResourceName}.");
        using var reader = new StreamReader(stream);
        return CoverageTieReader.Read(reader.ReadToEnd(), TieFileName, targets);
    }

    /// <summary>One message for a failed check: the figures, then every problem (each names the section and the step).</summary>
    public static string Describe(string what, IReadOnlyList<string> problems, IEnumerable<CoverageFigures> figures)
    {
        var text = new StringBuilder();
        text.AppendLine($"{what}: {problems.Count} problem(s).");
        foreach (var figure in figures)
            text.AppendLine($"  {figure}");
        foreach (var problem in problems)
            text.AppendLine($"- {problem}");
        return text.ToString().TrimEnd();
    }
}
