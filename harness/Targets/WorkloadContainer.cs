namespace KedaGuidance.Harness.Targets;

/// <summary>One container of one of the guide's Deployments that calls AWS (the SQS consumer): what a target may point at its AWS.</summary>
/// <param name="Workload">Short name for deviations (sqsconsumer).</param>
/// <param name="GuideSays">What the guide's Deployment gives the container, for a declared deviation.</param>
public sealed record WorkloadContainer(string Workload, string File, string Deployment, string Container, string GuideSays);
