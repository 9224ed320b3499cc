using KedaGuidance.Harness.Rendering;

namespace KedaGuidance.Harness.Targets;

/// <summary>
/// What a target's cluster defines of the guide's environment (<see cref="IClusterIdentity"/>): the name the guide's
/// commands give it and its OIDC id, or — where there is no EKS cluster — nothing, with the reason.
/// </summary>
/// <param name="Name">CLUSTER_NAME as the run uses it; null: the guide's own stays (the target runs no eksctl).</param>
/// <param name="NameDefinedBy">Where <paramref name="Name"/> comes from, for the environment (a setting).</param>
/// <param name="OidcId">OIDC_ID, the cluster's OIDC issuer id; null where there is no EKS OIDC provider.</param>
/// <param name="OidcProviderArn">The cluster's IAM OIDC provider, which the guide's trust policy must trust; null with <paramref name="OidcId"/>.</param>
/// <param name="KubernetesVersion">The cluster's Kubernetes version (major.minor) where the target read it; null in a plan or where it is not read.</param>
/// <param name="NoOidcReason">Why there is no OIDC id (a declared deviation of what renders the trust policy); null when there is one.</param>
public sealed record GuideCluster(string? Name, string? NameDefinedBy, string? OidcId, string? OidcProviderArn, string? KubernetesVersion, string? NoOidcReason)
{
    /// <summary>No EKS cluster: the guide's CLUSTER_NAME unchanged, the documentation's example OIDC id where a trust policy is rendered.</summary>
    public static GuideCluster None(string reason) => new(null, null, null, null, null, reason);

    /// <summary>The guide's environment with CLUSTER_NAME and OIDC_ID as this cluster defines them (unchanged where it defines none).</summary>
    public GuideEnvironment Apply(GuideEnvironment environment)
    {
        var result = environment;
        if (Name is not null)
            result = result.With("CLUSTER_NAME", Name, NameDefinedBy ?? "the target's cluster");
        if (OidcId is not null)
            result = result.With("OIDC_ID", OidcId, GuideEnvironment.OidcStep);
        return result;
    }

    /// <summary>host/path of the IAM OIDC provider (what a trust policy's <c>oidc-provider/…</c> names), or null.</summary>
    public string? OidcProviderPath => OidcProviderArn?.IndexOf(":oidc-provider/", StringComparison.Ordinal) is { } at and >= 0
        ? OidcProviderArn[(at + ":oidc-provider/".Length)..]
        : null;
}
