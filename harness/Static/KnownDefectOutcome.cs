namespace KedaGuidance.Harness.Static;

/// <summary>What a static report comes to once the known defects are applied.</summary>
/// <param name="Accepted">Findings a listed defect covers, with the defect: shown as known defects, they do not fail the run.</param>
/// <param name="Errors">Errors no listed defect covers: they fail the run.</param>
/// <param name="Stale">Listed defects this report could have found (their rule ran over their file) but did not: the list must say what is true.</param>
public sealed record KnownDefectOutcome(IReadOnlyList<(Finding Finding, KnownGuideDefect Defect)> Accepted, IReadOnlyList<Finding> Errors,
    IReadOnlyList<KnownGuideDefect> Stale)
{
    /// <summary>The defect that covers <paramref name="finding"/>, or null when none does.</summary>
    public KnownGuideDefect? DefectOf(Finding finding) => Accepted.FirstOrDefault(a => a.Finding == finding).Defect;
}
