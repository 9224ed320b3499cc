namespace KedaGuidance.Harness.Kubernetes;

/// <summary>
/// A container image reference split as the container runtimes split it (the distribution reference grammar, as
/// docker/distribution's <c>splitDockerDomain</c> does): the first path component is a registry host when it holds a
/// <c>.</c> or a <c>:</c> or is <c>localhost</c>; otherwise the image comes from Docker Hub. A later component that
/// looks like a host as well is a second registry written into the repository — what the KEDA chart renders from the
/// guide's values since chart 2.15 (<c>ghcr.io/ghcr.io/kedacore/keda:2.16.1</c>), which no registry serves. Only the
/// first component after the registry is judged, so a dot further down a repository path (<c>team/app.v2</c>) is not
/// taken for a host.
/// </summary>
public sealed record ImageReference(string Text, string? Registry, IReadOnlyList<string> Path, string? Tag, string? Digest)
{
    public static ImageReference Parse(string text)
    {
        var rest = text.Trim();
        string? digest = null;
        var at = rest.IndexOf('@');
        if (at >= 0)
        {
            digest = rest[(at + 1)..];
            rest = rest[..at];
        }
        string? tag = null;
        var colon = rest.LastIndexOf(':');
        if (colon > rest.LastIndexOf('/'))
        {
            tag = rest[(colon + 1)..];
            rest = rest[..colon];
        }
        var components = rest.Split('/');
        return components.Length > 1 && LooksLikeHost(components[0])
            ? new ImageReference(text, components[0], components[1..], tag, digest)
            : new ImageReference(text, null, components, tag, digest);
    }

    /// <summary>A second registry host at the start of the repository path (<c>ghcr.io</c> in <c>ghcr.io/ghcr.io/kedacore/keda</c>); null when the reference is sound.</summary>
    public string? SecondRegistry => Path.Count > 1 && LooksLikeHost(Path[0]) ? Path[0] : null;

    /// <summary>The registry an engine pulls from: the explicit one, else Docker Hub.</summary>
    public string EffectiveRegistry => Registry ?? "docker.io";

    public static bool LooksLikeHost(string component) =>
        component.Contains('.') || component.Contains(':') || component == "localhost";

    public override string ToString() => Text;
}
