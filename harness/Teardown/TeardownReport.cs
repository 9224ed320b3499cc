namespace KedaGuidance.Harness.Teardown;

/// <summary>What teardown did: what it removed and, by name, what it could not.</summary>
public sealed record TeardownReport(IReadOnlyList<string> Removed, IReadOnlyList<Leftover> Leftovers)
{
    public bool Clean => Leftovers.Count == 0;
}
