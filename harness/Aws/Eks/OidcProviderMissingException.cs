namespace KedaGuidance.Harness.Aws.Eks;

/// <summary>The cluster has no IAM OIDC provider in the account: IRSA cannot work, so nothing is created; the message names the guide's command that adds it.</summary>
public sealed class OidcProviderMissingException(string cluster, string region, string providerArn)
    : Exception($"EKS cluster '{cluster}' has no IAM OIDC provider in this account ({providerArn} does not exist): the KEDA operator's role and the guide's " +
                $"IAM service accounts are assumed through it (IRSA), and eksctl refuses to create a service account without it. Add it as the guide does " +
                $"(\"Create an Amazon EKS cluster\"): eksctl utils associate-iam-oidc-provider --cluster {cluster} --region {region} --approve. Nothing was created.")
{
    public string Cluster { get; } = cluster;
}
