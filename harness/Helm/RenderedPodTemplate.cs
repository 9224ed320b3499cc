namespace KedaGuidance.Harness.Helm;

/// <summary>The pod template of a rendered workload: its labels (what selects its pods), its service account, its containers.</summary>
public sealed record RenderedPodTemplate(IReadOnlyDictionary<string, string> Labels, string? ServiceAccount, IReadOnlyList<RenderedContainer> Containers);
