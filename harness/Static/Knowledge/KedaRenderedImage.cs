namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>A container image a component of the chart renders, and whether it names a registry twice.</summary>
/// <param name="Registry">The registry the template put in front of the repository ("" for none).</param>
public sealed record KedaRenderedImage(KedaComponent Component, string Image, string Registry, string Repository)
{
    /// <summary>
    /// True when the template prefixed a registry to a repository that already starts with one (a first path segment
    /// with a '.' or ':', or localhost — how Docker's reference grammar tells a registry host): e.g.
    /// <c>ghcr.io/ghcr.io/kedacore/keda:2.20.2</c>, which no registry serves.
    /// </summary>
    public bool RegistryTwice => Registry.Length > 0 && Repository.Contains('/', StringComparison.Ordinal)
        && Kubernetes.ImageReference.LooksLikeHost(Repository[..Repository.IndexOf('/', StringComparison.Ordinal)]);
}
