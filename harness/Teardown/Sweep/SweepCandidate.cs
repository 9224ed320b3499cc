namespace KedaGuidance.Harness.Teardown.Sweep;

/// <summary>A resource found by the sweep's listing, with the run id its label or tag carries (null: not ours).</summary>
public sealed record SweepCandidate(string Place, string Kind, string Name, string? RunId, DateTimeOffset? CreatedAt)
{
    public override string ToString() => $"{Place} {Kind} {Name}";
}
