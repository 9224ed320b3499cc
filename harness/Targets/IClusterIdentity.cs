using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Targets;

/// <summary>
/// Which cluster the guide's commands name on a target, and what the guide reads from it in "Create an Amazon EKS
/// cluster" (CLUSTER_NAME for every <c>eksctl --cluster</c> and <c>aws eks --name</c>; OIDC_ID from <c>aws eks
/// describe-cluster</c> for the KEDA operator role's trust policy): an EKS cluster named by a setting and checked against
/// the kube context, or no EKS cluster at all (k3s, kind). Resolved through the executor by every scenario that needs
/// it, before the scenario creates anything, so a plan shows the calls a live run makes.
/// </summary>
public interface IClusterIdentity : ITargetStrategy
{
    /// <param name="contextServer">
    /// The API server of the kube context the run acts on, to be checked against the cluster's own endpoint; null in a
    /// plan and in a scenario that acts on no cluster (then nothing is compared).
    /// </param>
    Task<GuideCluster> ResolveAsync(RunContext run, ClusterAws aws, Uri? contextServer, CancellationToken cancellationToken);
}
