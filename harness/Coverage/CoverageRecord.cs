namespace KedaGuidance.Harness.Coverage;

/// <summary>The "guide-coverage" attachment of the run record: figures per target and per section, every step, every problem.</summary>
public sealed record CoverageRecord(
    string GuideText,
    string TieFile,
    int Steps,
    IReadOnlyList<CoverageFigures> PerTarget,
    IReadOnlyList<CoverageFigures> PerSection,
    IReadOnlyList<CoverageStepRecord> StepsInOrder,
    IReadOnlyList<string> Problems)
{
    public static CoverageRecord From(string guideText, CoverageResult result) => new(
        guideText,
        GuideCoverage.TieFileName,
        result.Steps.Count,
        result.PerTarget,
        result.PerSection,
        result.Steps.Select(s => new CoverageStepRecord(
            s.Step.Id, s.Step.Section, s.Step.Line, s.Step.Kind.ToString(), s.Step.Display, s.Status.ToString().ToLowerInvariant(),
            s.Entry?.CoveredBy?.ToString(), s.Entry?.Targets ?? [], s.Entry?.Waived)).ToList(),
        result.Problems);
}
