namespace KedaGuidance.Harness.Targets;

/// <summary>
/// The AWS as a run's cluster sees it, for the scaling sections: the account and region of the guide's ARNs and
/// URLs, and the endpoint pods and KEDA use when it is not AWS's own (an emulator on the cluster's network, e.g.
/// <c>http://localstack:4566</c>); null for real AWS.
/// </summary>
public sealed record ClusterAws(string Account, string Region, Uri? InClusterEndpoint)
{
    /// <summary>The queue URL as pods reach it on the in-cluster endpoint: ENDPOINT/ACCOUNT/NAME (the path KEDA's scaler reads the name from).</summary>
    public string InClusterQueueUrl(string queueName) =>
        new Uri(InClusterEndpoint ?? throw new InvalidOperationException("This run's AWS has no in-cluster endpoint (it is AWS's own)."), $"/{Account}/{queueName}").ToString();
}
