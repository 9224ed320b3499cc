using System.Text.Json;
using KedaGuidance.Harness.Aws.Cli;

namespace KedaGuidance.Harness.Aws.Eks;

/// <summary>
/// The guide's <c>aws eks describe-cluster --name $CLUSTER_NAME</c> ("Create an Amazon EKS cluster", where it reads the
/// OIDC issuer for OIDC_ID), read whole as JSON: the endpoint, the OIDC issuer, the Kubernetes version and the status.
/// A cluster that does not exist fails with the CLI's ResourceNotFoundException (the target says what to set).
/// </summary>
/// <param name="Region">The region the CLI is pointed at (the run's); a plan names it in its planned issuer.</param>
public sealed record DescribeEksCluster(string ClusterName, string Region) : AwsCliOperation<EksClusterDescription>
{
    public override string Kind => "eks.describe-cluster";
    public override string Summary => $"describe EKS cluster {ClusterName} in {Region}: its OIDC issuer (OIDC_ID), its API endpoint (checked against the kube context) and its Kubernetes version";
    public override IReadOnlyList<string> Arguments => ["eks", "describe-cluster", "--name", ClusterName];
    public override EksClusterDescription Planned() => EksClusterDescription.PlannedFor(ClusterName, Region, PlannedAccount, PlannedKubernetesVersion);

    /// <summary>The account a plan names in the cluster's ARN (the plan's AWS account, so the OIDC provider it checks is the one the trust policy names).</summary>
    public string PlannedAccount { get; init; } = Iam.PlannedArn.Account;

    /// <summary>The Kubernetes version a plan assumes (the one the guide's setup/cluster.yaml creates); null: none stated.</summary>
    public string? PlannedKubernetesVersion { get; init; }

    protected override EksClusterDescription Parse(JsonElement output)
    {
        var cluster = output.ValueKind == JsonValueKind.Object && output.TryGetProperty("cluster", out var c) ? c : default;
        string? Optional(params string[] path)
        {
            var element = cluster;
            foreach (var name in path)
            {
                if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
                    return null;
            }
            return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
        }
        return new EksClusterDescription(Required(output, "cluster", "name"), Required(output, "cluster", "arn"), Required(output, "cluster", "endpoint"),
            Optional("version"), Optional("status") ?? "UNKNOWN", Optional("identity", "oidc", "issuer"));
    }
}
