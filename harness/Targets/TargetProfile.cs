namespace KedaGuidance.Harness.Targets;

/// <summary>
/// A target as the engine sees it: one strategy per axis on which targets differ. The scaling sections, the KEDA
/// installation, the guide's clean-up and the coverage take a profile and never ask which target it is; a concrete
/// target composes its profile in its own folder (fixtures/Targets/&lt;Name&gt;/). What it offers and what it never
/// creates follow from its strategies (<see cref="ITargetStrategy"/>).
/// </summary>
/// <param name="Name">The target's name in the catalog (KEDAGUIDE_TARGET), also the target of every deviation it declares.</param>
public sealed record TargetProfile(
    string Name,
    IImageDelivery Images,
    IWorkloadAwsAccess WorkloadAws,
    IKedaAwsStrategy KedaAws,
    IMetricStore MetricStore,
    IClusterIdentity Cluster)
{
    /// <summary>
    /// What the target does in "Install KEDA" before helm install, in order (none by default): each step says whether it
    /// runs before the chart preflight (e.g. the IAM role the guide's values annotate) or after it, right before helm
    /// install (e.g. loading the images the preflight found).
    /// </summary>
    public IReadOnlyList<IKedaInstallStep> BeforeKedaInstall { get; init; } = [];

    public IEnumerable<ITargetStrategy> Strategies => [Images, WorkloadAws, KedaAws, MetricStore, Cluster];

    /// <summary>A cluster and an AWS (every profile has both), and what its strategies offer.</summary>
    public IReadOnlySet<string> Capabilities =>
        new SortedSet<string>([TargetCapabilities.Cluster, TargetCapabilities.Aws, .. Strategies.SelectMany(s => s.Offers)], StringComparer.Ordinal);

    public bool Offers(string capability) => Capabilities.Contains(capability);

    /// <summary>Null when the target offers <paramref name="capability"/>; otherwise why it never has it (a strategy's reason, or a general one).</summary>
    public string? LackReason(string capability)
    {
        if (Offers(capability))
            return null;
        foreach (var strategy in Strategies)
            if (strategy.Lacks.TryGetValue(capability, out var reason))
                return reason;
        return $"the {Name} target does not offer '{capability}' (it offers {string.Join(", ", Capabilities)})";
    }
}
