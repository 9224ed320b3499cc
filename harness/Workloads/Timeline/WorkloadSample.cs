namespace KedaGuidance.Harness.Workloads.Timeline;

/// <summary>
/// One sample of the scaling workload's state (everything but the metric may be read in the same tick).
/// <paramref name="CannotStart"/> names a pod that cannot start (ErrImagePull, CrashLoopBackOff …): the wait then ends at once.
/// </summary>
public sealed record WorkloadSample(int Desired, int Ready, string Pods, string Hpa, string? CannotStart = null);
