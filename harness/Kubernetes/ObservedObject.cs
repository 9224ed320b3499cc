namespace KedaGuidance.Harness.Kubernetes;

/// <summary>An object as read from the server: its run-id label and finalizers (what ownership and deletion need).</summary>
public sealed record ObservedObject(string? RunId, IReadOnlyList<string> Finalizers, bool Terminating);
