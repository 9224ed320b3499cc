namespace KedaGuidance.Harness.Coverage;

/// <summary>
/// The tie file, read; <see cref="Problems"/> lists entries that are malformed (each names its line);
/// <see cref="Targets"/> are the names a tie may list (static, each target, each target planned as plan-NAME).
/// </summary>
public sealed record CoverageTie(IReadOnlyList<TieEntry> Entries, IReadOnlyList<string> Problems, IReadOnlyList<string> Targets);
