namespace KedaGuidance.Harness.Workloads.Timeline;

/// <summary>One sample of the scaling workload's state (everything but the metric may be read in the same tick).</summary>
public sealed record WorkloadSample(int Desired, int Ready, string Pods, string Hpa);
