using k8s;
using k8s.Models;
using KedaGuidance.Harness.Teardown;
using KedaGuidance.Harness.Teardown.Sweep;

namespace KedaGuidance.Harness.Kubernetes.Sweep;

/// <summary>
/// The cluster for the sweep: only objects carrying the label kedaguidance.io/run-id are ever listed (label selector
/// on the key), so nothing unlabelled can be selected. KEDA's ScaledObjects first (cluster-wide: their finalizers
/// need the operator, which may be in a namespace deleted later), then namespaces (taking their Helm releases' secrets
/// and everything in them), then the cluster-scoped RBAC objects the KEDA chart creates.
/// </summary>
public sealed class KubernetesSweepSource(IKubernetes client) : ISweepSource
{
    private const string Selector = RunLabels.KubernetesLabel;

    public string Place => "cluster";

    public async Task<IReadOnlyList<SweepCandidate>> ListAsync(CancellationToken cancellationToken)
    {
        var candidates = new List<SweepCandidate>();
        try
        {
            var scaled = await client.CustomObjects.ListClusterCustomObjectAsync<KubernetesList<KedaObject>>("keda.sh", "v1alpha1", "scaledobjects",
                labelSelector: Selector, cancellationToken: cancellationToken);
            candidates.AddRange(scaled.Items.Select(o => Candidate("ScaledObject", $"{o.Metadata.NamespaceProperty}/{o.Metadata.Name}", o.Metadata)));
        }
        catch (k8s.Autorest.HttpOperationException e) when (e.Response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            // KEDA's CRD is not installed: there are no ScaledObjects.
        }
        candidates.AddRange((await client.CoreV1.ListNamespaceAsync(labelSelector: Selector, cancellationToken: cancellationToken)).Items
            .Select(n => Candidate(SweepOrder.Namespace, n.Metadata.Name, n.Metadata)));
        candidates.AddRange((await client.RbacAuthorizationV1.ListClusterRoleBindingAsync(labelSelector: Selector, cancellationToken: cancellationToken)).Items
            .Select(b => Candidate("ClusterRoleBinding", b.Metadata.Name, b.Metadata)));
        candidates.AddRange((await client.RbacAuthorizationV1.ListClusterRoleAsync(labelSelector: Selector, cancellationToken: cancellationToken)).Items
            .Select(r => Candidate("ClusterRole", r.Metadata.Name, r.Metadata)));
        return candidates;
    }

    public async Task DeleteAsync(SweepCandidate candidate, CancellationToken cancellationToken)
    {
        var foreground = new V1DeleteOptions { PropagationPolicy = "Foreground" };
        switch (candidate.Kind)
        {
            case "ScaledObject":
                var (ns, name) = (candidate.Name.Split('/')[0], candidate.Name.Split('/')[1]);
                await client.CustomObjects.DeleteNamespacedCustomObjectAsync("keda.sh", "v1alpha1", ns, "scaledobjects", name, foreground, cancellationToken: cancellationToken);
                break;
            case SweepOrder.Namespace:
                await client.CoreV1.DeleteNamespaceAsync(candidate.Name, foreground, cancellationToken: cancellationToken);
                break;
            case "ClusterRoleBinding":
                await client.RbacAuthorizationV1.DeleteClusterRoleBindingAsync(candidate.Name, foreground, cancellationToken: cancellationToken);
                break;
            case "ClusterRole":
                await client.RbacAuthorizationV1.DeleteClusterRoleAsync(candidate.Name, foreground, cancellationToken: cancellationToken);
                break;
            default:
                throw new ArgumentException($"not a cluster candidate: {candidate}", nameof(candidate));
        }
    }

    private SweepCandidate Candidate(string kind, string name, V1ObjectMeta metadata) =>
        new(Place, kind, name, metadata.Labels is { } labels && labels.TryGetValue(RunLabels.KubernetesLabel, out var runId) ? runId : null,
            metadata.CreationTimestamp is { } created ? new DateTimeOffset(DateTime.SpecifyKind(created, DateTimeKind.Utc)) : null);

    /// <summary>Only the metadata of a KEDA object is needed.</summary>
    public sealed class KedaObject
    {
        public V1ObjectMeta Metadata { get; set; } = new();
    }

    /// <summary>The list envelope of a custom resource.</summary>
    public sealed class KubernetesList<T>
    {
        public List<T> Items { get; set; } = [];
    }
}
