using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Workloads;

/// <summary>
/// Images the cluster would otherwise pull on its own (KEDA's, Prometheus, the ADOT collector, curl), made present
/// before the pods that use them start: pulled once by the host's Docker (kept there, so a later run reuses it),
/// imported into the cluster's container runtime like the guide's own images, and checked listed there. The waits
/// that follow can then honestly say "image present". A plan records the list; only a target that imports images
/// handles it.
/// </summary>
public sealed record ImportClusterImages(IReadOnlyList<string> Images, string Why) : Operation<ImportedImages>
{
    public override string Kind => "image.import-into-cluster";

    public override string Summary =>
        $"pull (host Docker, once) and import into the cluster: {(Images.Count > 0 ? string.Join(", ", Images) : "none known yet (a plan has no chart render)")} ({Why})";

    public override ImportedImages Planned() => new([], Planned: true);
}

/// <summary>One image made present: whether the host had to pull it, how long the pull and the import took, and its size.</summary>
public sealed record ImportedImage(string Image, bool Pulled, TimeSpan Pull, TimeSpan Import, long Bytes)
{
    public override string ToString() =>
        $"{Image}: {(Pulled ? $"pulled in {Pull.TotalSeconds:0.#} s" : "already in the host's Docker")}, {Bytes / 1_000_000.0:0.#} MB imported in {Import.TotalSeconds:0.#} s, listed by ctr";
}

/// <summary>What <see cref="ImportClusterImages"/> did (nothing in a plan).</summary>
public sealed record ImportedImages(IReadOnlyList<ImportedImage> Images, bool Planned = false) : IDescribedResult
{
    public string Describe() => Planned
        ? "planned: a live run pulls each image once into the host's Docker and imports it into the cluster"
        : string.Join("; ", Images);
}
