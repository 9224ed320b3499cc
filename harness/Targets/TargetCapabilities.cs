namespace KedaGuidance.Harness.Targets;

/// <summary>
/// The names of what a target may offer: what a scenario can need (tag <c>@needs-NAME</c>) and what a step of the
/// guide's clean-up removes (<see cref="Teardown.Cleanup.CleanupStep.Needs"/>). Targets are never named; their
/// strategies offer these.
/// </summary>
public static class TargetCapabilities
{
    /// <summary>A Kubernetes cluster the run may act on (every profile).</summary>
    public const string Cluster = "cluster";

    /// <summary>An AWS the run's cluster reaches: a real account or an emulator (every profile).</summary>
    public const string Aws = "aws";

    /// <summary>Images pushed to Amazon ECR repositories, as the guide does.</summary>
    public const string Ecr = "ecr";

    /// <summary>IAM roles for service accounts created with <c>eksctl create iamserviceaccount</c> (an EKS OIDC provider).</summary>
    public const string Eksctl = "eksctl";

    /// <summary>The guide's CloudFormation requirements stack (an AMP workspace and an ECR repository).</summary>
    public const string RequirementsStack = "cloudformation-stack";

    /// <summary>Amazon Managed Service for Prometheus behind the guide's SigV4 proxy.</summary>
    public const string Amp = "amp";

    /// <summary>The tag prefix a scenario uses to need a capability: <c>@needs-ecr</c>.</summary>
    public const string NeedsTagPrefix = "needs-";
}
