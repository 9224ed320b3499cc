namespace KedaGuidance.Harness.Workloads;

/// <summary>A deviation could not be applied to a rendered manifest: the message names the file and the missing object or field.</summary>
public sealed class ManifestOverlayException(string message) : Exception(message);
