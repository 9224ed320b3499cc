namespace KedaGuidance.Harness.Coverage;

/// <summary>How one guide step is accounted for.</summary>
public enum CoverageStatus { Covered, Waived, Missing }

/// <summary>A guide step and the tie entry that accounts for it (null: missing).</summary>
public sealed record StepCoverage(GuideStep Step, TieEntry? Entry)
{
    public CoverageStatus Status => Entry is null ? CoverageStatus.Missing
        : Entry.IsCovered ? CoverageStatus.Covered
        : CoverageStatus.Waived;

    public bool RunsOn(string target) => Entry?.CoveredBy is not null && Entry.Targets.Contains(target);
}

/// <summary>
/// Coverage figures for one scope (a section, or a target). For a target, <see cref="Covered"/> counts the steps that
/// target executes and <see cref="CoveredElsewhere"/> the covered steps only other targets execute.
/// </summary>
public sealed record CoverageFigures(string Scope, int Steps, int Covered, int Waived, int Missing, int CoveredElsewhere)
{
    public override string ToString() =>
        $"{Scope}: {Covered}/{Steps} executed, {Waived} waived, {Missing} missing" +
        (CoveredElsewhere > 0 ? $", {CoveredElsewhere} run by other targets only" : "");
}

/// <summary>What the coverage check found: every guide step with its tie, the problems (empty: complete), and the figures.</summary>
public sealed record CoverageResult(
    IReadOnlyList<StepCoverage> Steps,
    IReadOnlyList<string> Problems,
    IReadOnlyList<CoverageFigures> PerTarget,
    IReadOnlyList<CoverageFigures> PerSection)
{
    public bool IsComplete => Problems.Count == 0;
}
