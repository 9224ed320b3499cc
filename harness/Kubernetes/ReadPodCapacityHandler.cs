using k8s;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>Lists the nodes and every pod once each (two calls, whatever the cluster's size).</summary>
public sealed class ReadPodCapacityHandler(IKubernetes client) : OperationHandler<ReadPodCapacity, PodCapacity>
{
    protected override async Task<PodCapacity> ExecuteAsync(ReadPodCapacity operation, CancellationToken cancellationToken)
    {
        var nodes = await client.CoreV1.ListNodeAsync(cancellationToken: cancellationToken);
        var pods = await client.CoreV1.ListPodForAllNamespacesAsync(fieldSelector: "status.phase!=Succeeded,status.phase!=Failed", cancellationToken: cancellationToken);
        return PodCapacity.From(nodes.Items ?? [], pods.Items ?? [], pod =>
            pod.Metadata?.NamespaceProperty == operation.Namespace
            && operation.WorkloadLabels.All(l => pod.Metadata?.Labels?.TryGetValue(l.Key, out var value) == true && value == l.Value));
    }
}
