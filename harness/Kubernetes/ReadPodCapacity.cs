using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>Reads <see cref="PodCapacity"/> for the pods of one workload (selected by its labels), through the executor so the plan shows it.</summary>
public sealed record ReadPodCapacity(string Namespace, IReadOnlyDictionary<string, string> WorkloadLabels, string Why) : Operation<PodCapacity>
{
    public override string Kind => "kubernetes.pod-capacity";

    public override string Summary =>
        $"read how many more pods the nodes can take for {Namespace}/{string.Join(",", WorkloadLabels.Select(l => $"{l.Key}={l.Value}"))} (allocatable pods of the schedulable nodes minus the pods bound to them; {Why})";

    public override PodCapacity Planned() => PodCapacity.PlannedUnknown;
}
