using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Workloads;

/// <summary>What <see cref="ImportClusterImages"/> did (nothing in a plan).</summary>
public sealed record ImportedImages(IReadOnlyList<ImportedImage> Images, bool Planned = false) : IDescribedResult
{
    public string Describe() => Planned
        ? "planned: a live run pulls each image once into the host's Docker and imports it into the cluster"
        : string.Join("; ", Images);
}
