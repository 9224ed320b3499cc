using Amazon.Runtime;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Keda;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Targets;

/// <summary>
/// How KEDA's operator reaches AWS on a target, beyond the <see cref="KedaAwsAccess"/> value the KEDA installation is
/// given: what the installation declares, how the guide's policies are granted to the operator (IRSA: attached to its
/// role; an emulator checks no IAM), where the SQS trigger must point, and how far SQS's approximate counts may lag.
/// </summary>
public interface IKedaAwsStrategy : ITargetStrategy
{
    /// <summary>
    /// The access handed to "Install KEDA" on this run: the guide's IRSA, or static credentials for the AWS at its
    /// in-cluster endpoint. <paramref name="credentials"/> are the run's AWS credentials; null in a plan run (then
    /// placeholders stand in, and a Secret's content never reaches the record anyway).
    /// </summary>
    Task<KedaAwsAccess> ResolveAsync(ClusterAws aws, AWSCredentials? credentials, CancellationToken cancellationToken);

    /// <summary>How long the approximate counts KEDA reads may lag behind the queue (real SQS: about a minute); null where they are exact.</summary>
    TimeSpan? SqsCountSettling { get; }

    /// <summary>The deviations "Install KEDA" declares for <paramref name="access"/> on this target (none where it is the guide's IRSA).</summary>
    IReadOnlyList<DeclaredDeviation> InstallDeviations(KedaAwsAccess access, string target);

    /// <summary>Grants KEDA's operator one of the guide's policies, the way this target grants it.</summary>
    Task GrantAsync(KedaPolicyGrant grant, RunContext run, CancellationToken cancellationToken);

    /// <summary>The guide's rendered SQS ScaledObject, changed where KEDA's scaler must reach the target's AWS at its own endpoint.</summary>
    string AdaptSqsScaledObject(string yaml, SqsTrigger trigger, RunContext run, ClusterAws aws);
}
