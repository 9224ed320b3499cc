using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Targets;

/// <summary>
/// How an image built from the guide's Dockerfile reaches the target's cluster: pushed to ECR as the guide does, or
/// built locally and loaded into the cluster's container runtime (a declared deviation). Acts through the executor,
/// so a plan records the same operations a live run performs.
/// </summary>
public interface IImageDelivery : ITargetStrategy
{
    /// <summary>Whether it acts on the run's AWS account (ECR, AMP): a scenario that uses it starts the run's AWS first.</summary>
    bool UsesAws { get; }

    /// <summary>What a pod of a delivered image spends pulling it, for the start budgets of the guide's workloads.</summary>
    ImagePull Pull { get; }

    Task<DeliveredImage> DeliverAsync(GuideImage image, RunContext run, ClusterAws aws, CancellationToken cancellationToken);
}
