namespace KedaGuidance.Harness.Targets;

/// <summary>
/// The image reference pods use, and the pull policy to set on the guide's workload where the reference differs from
/// what the guide's manifest names (null: the guide's manifest already names it and stays unchanged).
/// </summary>
public sealed record DeliveredImage(string Reference, string? PullPolicy)
{
    public bool ReplacesGuideImage => PullPolicy is not null;
}
