namespace KedaGuidance.Harness.Kubernetes;

/// <summary>One object of a manifest, as the JSON body the server-side apply sends (run-id label already added).</summary>
public sealed record ManifestDocument(string Source, int Index, ObjectReference Reference, string Json);
