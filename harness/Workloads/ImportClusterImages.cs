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
