using k8s.Models;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>
/// How many more pods of a workload the cluster's nodes can take: over the nodes a pod without tolerations can land on
/// (Ready, not cordoned, no NoSchedule/NoExecute taint), each node's <c>status.allocatable.pods</c> (on EKS the VPC CNI's
/// limit, 29 for the guide's m5.large) minus the pods already bound to it that are neither Succeeded nor Failed —
/// leaving out the workload's own pods, whose places it keeps. The guide's Deployments request no CPU or memory, so
/// the pod count is what bounds them.
/// </summary>
public sealed record PodCapacity(int Nodes, int Allocatable, int Taken, int Free, bool Planned = false) : IDescribedResult
{
    public static PodCapacity PlannedUnknown { get; } = new(0, 0, 0, 0, Planned: true);

    /// <param name="isWorkload">The workload's own pods (not counted as taken).</param>
    public static PodCapacity From(IEnumerable<V1Node> nodes, IEnumerable<V1Pod> pods, Func<V1Pod, bool> isWorkload)
    {
        var usable = nodes.Where(Schedulable).ToDictionary(n => n.Metadata.Name, n => AllocatablePods(n), StringComparer.Ordinal);
        var taken = pods
            .Where(p => p.Spec?.NodeName is { } node && usable.ContainsKey(node) && p.Status?.Phase is not ("Succeeded" or "Failed") && !isWorkload(p))
            .GroupBy(p => p.Spec!.NodeName!)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var free = usable.Sum(n => Math.Max(0, n.Value - taken.GetValueOrDefault(n.Key)));
        return new PodCapacity(usable.Count, usable.Values.Sum(), taken.Values.Sum(), free);
    }

    /// <summary>A node a pod without tolerations can be scheduled on.</summary>
    public static bool Schedulable(V1Node node) =>
        node.Spec?.Unschedulable != true
        && node.Status?.Conditions?.Any(c => c.Type == "Ready" && c.Status == "True") == true
        && node.Spec?.Taints?.Any(t => t.Effect is "NoSchedule" or "NoExecute") != true;

    private static int AllocatablePods(V1Node node) =>
        node.Status?.Allocatable is { } allocatable && allocatable.TryGetValue("pods", out var pods) ? pods.ToInt32() : 0;

    public string Describe() => Planned
        ? "planned: a live run reads the nodes' allocatable pods and the pods bound to them"
        : $"{Free} more pod(s): {Nodes} schedulable node(s) allocate {Allocatable} pods, {Taken} taken by other pods";
}
