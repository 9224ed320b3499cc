namespace KedaGuidance.Harness.Kubernetes;

/// <summary>A manifest cannot be applied as it is (not YAML, no kind, no name, an ambiguous scalar). Names the source and document.</summary>
public sealed class ManifestException(string message) : Exception(message);
