namespace KedaGuidance.Harness.Coverage;

/// <summary>
/// One entry of the tie file (features/guide-coverage.yaml): a guide step and either the feature that realizes it,
/// with the targets that execute it, or the reason the suite deliberately does not.
/// </summary>
/// <param name="Line">Line of the entry in the tie file, for messages.</param>
public sealed record TieEntry(
    int Line,
    string Id,
    string Section,
    string Step,
    FeatureReference? CoveredBy,
    IReadOnlyList<string> Targets,
    string? Waived)
{
    public bool IsCovered => CoveredBy is not null;
}
