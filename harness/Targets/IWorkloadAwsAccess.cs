using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Targets;

/// <summary>
/// How the guide's workloads (the SQS consumer, the ADOT collector) get AWS access on a target: IAM roles for service
/// accounts as the guide creates them (eksctl), or a plain ServiceAccount plus the target's AWS endpoint and
/// placeholder credentials in the container's environment (a declared deviation).
/// </summary>
public interface IWorkloadAwsAccess : ITargetStrategy
{
    /// <summary>Creates the ServiceAccount the workload runs as, with what the target grants it; registers its removal.</summary>
    Task CreateServiceAccountAsync(WorkloadIdentity identity, RunContext run, CancellationToken cancellationToken);

    /// <summary>The guide's rendered Deployment, changed where the container must be pointed at the target's AWS (unchanged where IRSA gives it access).</summary>
    string AdaptDeployment(string yaml, WorkloadContainer container, RunContext run, ClusterAws aws);
}
