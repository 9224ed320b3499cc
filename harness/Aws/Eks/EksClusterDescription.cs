using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Aws.Eks;

/// <summary>
/// What <c>aws eks describe-cluster</c> says of a cluster, as far as the suite uses it (botocore's eks 2017-11-01
/// service model, DescribeClusterResponse → <c>cluster</c>: <c>name</c>, <c>arn</c>, <c>endpoint</c> "the endpoint for
/// your Kubernetes API server", <c>version</c> "the Kubernetes server version", <c>status</c>, and
/// <c>identity.oidc.issuer</c> "the issuer URL for the OIDC identity provider", e.g.
/// <c>https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE</c>). <c>aws eks update-kubeconfig</c>
/// writes <c>endpoint</c> as the context's <c>server</c> unchanged (awscli customizations/eks/update_kubeconfig.py), so a
/// kube context made for this cluster names exactly this endpoint.
/// </summary>
/// <param name="OidcIssuer">Null when the cluster reports none.</param>
/// <param name="KubernetesVersion">major.minor as EKS reports it ("1.35"); null when not reported, and in a plan.</param>
public sealed record EksClusterDescription(string Name, string Arn, string Endpoint, string? KubernetesVersion, string Status, string? OidcIssuer, bool Planned = false)
    : IDescribedResult
{
    /// <summary>The documentation's example OIDC id, which a plan names (it reads no cluster).</summary>
    public const string PlannedOidcId = Guide.GuideFacts.ExampleOidcId;

    /// <summary>The endpoint a plan names: the reserved .invalid domain, never a real server.</summary>
    public const string PlannedEndpoint = "https://planned-cluster.eks.invalid";

    /// <summary>
    /// The guide's <c>OIDC_ID</c>: <c>… --query 'cluster.identity.oidc.issuer' --output text | cut -d '/' -f 5</c>, i.e. the
    /// fifth '/'-separated field of the issuer (https: / "" / host / id / ID); null when there is no such field.
    /// </summary>
    public string? OidcId => OidcIssuer?.Split('/') is { Length: >= 5 } fields && fields[4].Length > 0 ? fields[4] : null;

    /// <summary>
    /// The IAM OIDC provider the cluster's service accounts authenticate through, as eksctl names it when it checks for it
    /// (pkg/iam/oidc/api.go CheckProviderExists: <c>arn:PARTITION:iam::ACCOUNT:oidc-provider/HOST+PATH</c> of the issuer,
    /// partition and account from the cluster's ARN, pkg/eks/eks.go NewOpenIDConnectManager).
    /// </summary>
    public string? OidcProviderArn
    {
        get
        {
            if (OidcIssuer is null || !Uri.TryCreate(OidcIssuer, UriKind.Absolute, out var issuer) || Arn.Split(':') is not ["arn", var partition, "eks", _, var account, ..])
                return null;
            return $"arn:{partition}:iam::{account}:oidc-provider/{issuer.Host}{issuer.AbsolutePath.TrimEnd('/')}";
        }
    }

    /// <summary>
    /// What a plan assumes: the named cluster in the run's region and <paramref name="account"/>, the example OIDC id, and
    /// <paramref name="kubernetesVersion"/> (the version the guide's cluster.yaml asks for; a live run reads the real one).
    /// </summary>
    public static EksClusterDescription PlannedFor(string name, string region, string account, string? kubernetesVersion = null) =>
        new(name, $"arn:aws:eks:{region}:{account}:cluster/{name}", PlannedEndpoint, kubernetesVersion, "planned",
            $"https://oidc.eks.{region}.amazonaws.com/id/{PlannedOidcId}", Planned: true);

    public string Describe() => Planned
        ? $"planned: cluster {Name}, OIDC id {OidcId} (the documentation's example), Kubernetes {KubernetesVersion ?? "(not stated)"} (the guide's setup/cluster.yaml); a live run reads the endpoint (checked against the kube context's server), the OIDC issuer and the Kubernetes version"
        : $"cluster {Name} {Status}, Kubernetes {KubernetesVersion ?? "(not reported)"}, endpoint {Endpoint}, OIDC issuer {OidcIssuer ?? "(none)"} (OIDC id {OidcId ?? "none"})";
}
