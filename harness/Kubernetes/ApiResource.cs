namespace KedaGuidance.Harness.Kubernetes;

/// <summary>How the API server serves a kind: its plural resource name and whether it is namespaced.</summary>
public sealed record ApiResource(string Plural, bool Namespaced);
