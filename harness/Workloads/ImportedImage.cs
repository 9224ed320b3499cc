namespace KedaGuidance.Harness.Workloads;

/// <summary>One image made present: whether the host had to pull it, how long the pull and the import took, and its size.</summary>
public sealed record ImportedImage(string Image, bool Pulled, TimeSpan Pull, TimeSpan Import, long Bytes)
{
    public override string ToString() =>
        $"{Image}: {(Pulled ? $"pulled in {Pull.TotalSeconds:0.#} s" : "already in the host's Docker")}, {Bytes / 1_000_000.0:0.#} MB imported in {Import.TotalSeconds:0.#} s, listed by ctr";
}
