namespace KedaGuidance.Harness.Scaling;

/// <summary>An inclusive range of replica counts the oracle accepts, with the reason it was derived from.</summary>
public sealed record ReplicaBand(int Low, int High, string Why)
{
    public bool Contains(int replicas) => replicas >= Low && replicas <= High;

    public override string ToString() => Low == High ? $"{Low} ({Why})" : $"{Low}..{High} ({Why})";
}
