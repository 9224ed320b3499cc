namespace KedaGuidance.Harness.Coverage;

/// <summary>What the coverage check found: every guide step with its tie, the problems (empty: complete), and the figures.</summary>
public sealed record CoverageResult(
    IReadOnlyList<StepCoverage> Steps,
    IReadOnlyList<string> Problems,
    IReadOnlyList<CoverageFigures> PerTarget,
    IReadOnlyList<CoverageFigures> PerSection)
{
    public bool IsComplete => Problems.Count == 0;
}
