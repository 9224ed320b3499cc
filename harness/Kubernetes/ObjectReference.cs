namespace KedaGuidance.Harness.Kubernetes;

/// <summary>
/// Names one Kubernetes object as a manifest does: apiVersion, kind, namespace (null for cluster-scoped kinds or
/// when the manifest leaves it to the default), name.
/// </summary>
public sealed record ObjectReference(string ApiVersion, string Kind, string? Namespace, string Name)
{
    /// <summary>The API group; "" for the core group (apiVersion "v1").</summary>
    public string Group => ApiVersion.Contains('/') ? ApiVersion[..ApiVersion.IndexOf('/')] : "";

    public string Version => ApiVersion.Contains('/') ? ApiVersion[(ApiVersion.IndexOf('/') + 1)..] : ApiVersion;

    public override string ToString() => Namespace is null ? $"{Kind} {Name}" : $"{Kind} {Namespace}/{Name}";
}
