namespace KedaGuidance.Harness.Teardown;

/// <summary>How every resource a run creates is marked with its run id, so a later sweep can find it.</summary>
public static class RunLabels
{
    /// <summary>Label on every Kubernetes object the suite creates.</summary>
    public const string KubernetesLabel = "kedaguidance.io/run-id";

    /// <summary>Tag on every AWS resource the suite creates.</summary>
    public const string AwsTag = "kedaguidance:run-id";
}
