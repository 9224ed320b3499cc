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

/// <summary>The tie file, read; <see cref="Problems"/> lists entries that are malformed (each names its line).</summary>
public sealed record CoverageTie(IReadOnlyList<TieEntry> Entries, IReadOnlyList<string> Problems);

/// <summary>The targets a tie may name; <c>plan</c> is the local target planned, <c>plan-eks</c> the eks target planned.</summary>
public static class CoverageTargets
{
    public static IReadOnlyList<string> All { get; } = ["static", "local", "eks", "plan", "plan-eks"];
}
