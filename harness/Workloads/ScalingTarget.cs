using KedaGuidance.Harness.Configuration;

namespace KedaGuidance.Harness.Workloads;

/// <summary>
/// What differs between the targets for the scaling features. <see cref="Eks"/> follows the guide as written (ECR,
/// IRSA, the real SQS endpoint, AMP behind the SigV4 proxy); <see cref="Local"/> is k3s + LocalStack + an in-cluster
/// Prometheus, each difference a declared deviation.
/// </summary>
public sealed record ScalingTarget(SuiteTarget Target, string RunId, Uri? InClusterAwsEndpoint, string Account, string Region)
{
    /// <summary>LocalStack's SQS accepts any credentials; these are placeholders, not secrets, and reach only the consumer pod.</summary>
    public const string LocalStackDummyKey = "test";

    public bool IsLocal => Target == SuiteTarget.Local;

    /// <summary>Images built from the guide's Dockerfiles on the local target: kedaguidance/NAME:RUNID (never pulled).</summary>
    public string LocalImage(string name) => $"kedaguidance/{name}:{RunId}";

    /// <summary>The queue URL as pods in the cluster reach it (LocalStack on the shared network): ENDPOINT/ACCOUNT/NAME.</summary>
    public string InClusterQueueUrl(string queueName) =>
        new Uri(InClusterAwsEndpoint ?? throw new InvalidOperationException("The local target has no in-cluster AWS endpoint."), $"/{Account}/{queueName}").ToString();
}
