namespace KedaGuidance.Harness.Coverage;

/// <summary>A guide step and the tie entry that accounts for it (null: missing).</summary>
public sealed record StepCoverage(GuideStep Step, TieEntry? Entry)
{
    public CoverageStatus Status => Entry is null ? CoverageStatus.Missing
        : Entry.IsCovered ? CoverageStatus.Covered
        : CoverageStatus.Waived;

    public bool RunsOn(string target) => Entry?.CoveredBy is not null && Entry.Targets.Contains(target);
}
