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

/// <summary>"01-install-keda.feature: KEDA is installed with the guide's values": a feature file and a scenario title or step phrase in it.</summary>
public sealed record FeatureReference(string FeatureFile, string Phrase)
{
    public override string ToString() => $"{FeatureFile}: {Phrase}";
}

/// <summary>
/// The tie file, read; <see cref="Problems"/> lists entries that are malformed (each names its line);
/// <see cref="Targets"/> are the names a tie may list (static, each target, each target planned as plan-NAME).
/// </summary>
public sealed record CoverageTie(IReadOnlyList<TieEntry> Entries, IReadOnlyList<string> Problems, IReadOnlyList<string> Targets);
