using k8s;
using k8s.Autorest;
using k8s.Models;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Teardown;
using KedaGuidance.Harness.Teardown.Sweep;
using KedaGuidance.Harness.Waits;

namespace KedaGuidance.Harness.Kubernetes.Sweep;

/// <summary>
/// The cluster for the sweep. Objects are listed by the label kedaguidance.io/run-id (a label selector on the key),
/// so nothing unlabelled is selected: KEDA's ScaledObjects and ScaledJobs (cluster-wide), namespaces, and the KEDA
/// release's cluster-scoped objects — its APIService, its webhook configurations, its ClusterRoles and
/// ClusterRoleBindings, all labelled through the chart's <c>additionalLabels</c>. KEDA's CRDs are the exception: from
/// chart 2.14 their labels are the chart's own (<c>keda.crd-labels</c>, without additionalLabels; checked with
/// <c>helm template</c> of kedacore/charts at 2.14.3, 2.16.1 and 2.20.2, while 2.12.0 still labels them), so they are
/// listed by the chart's <c>app.kubernetes.io/part-of=keda-operator</c> and belong to a run only through Helm's release
/// annotation <c>meta.helm.sh/release-namespace</c> naming a namespace that carries that run's label (Helm refuses to
/// install over a CRD it did not create, so such a CRD is the run's). Deleting waits until the object is gone where
/// a later delete depends on it (<see cref="WaitsFor"/>): ScaledObjects and ScaledJobs while KEDA's operator still runs
/// to remove their finalizers, the CRDs, and the namespaces, so that the order of <see cref="SweepOrder"/> is the order
/// things go.
/// </summary>
public sealed class KubernetesSweepSource(IKubernetes client, TimeSpan? pollInterval = null, Func<string, WaitBudget?>? budgets = null) : ISweepSource
{
    private const string Selector = RunLabels.KubernetesLabel;

    /// <summary>The chart's label on every KEDA object, CRDs included (<c>app.kubernetes.io/part-of: {{ .Values.operator.name }}</c>).</summary>
    public const string KedaCrdSelector = "app.kubernetes.io/part-of=keda-operator";

    /// <summary>Helm's annotation on every object of a release: the release's namespace.</summary>
    public const string HelmReleaseNamespace = "meta.helm.sh/release-namespace";

    /// <summary>Stated allowance for KEDA's operator to remove a ScaledObject's finalizer (it deletes the HPA first).</summary>
    public static readonly TimeSpan FinalizerAllowance = TimeSpan.FromMinutes(2);

    /// <summary>Stated allowance for the API server to remove a CRD and the objects of its kind.</summary>
    public static readonly TimeSpan CrdAllowance = TimeSpan.FromMinutes(2);

    /// <summary>Stated allowance for a namespace's objects to go (pods' grace periods, a load balancer Service's cleanup).</summary>
    public static readonly TimeSpan NamespaceAllowance = TimeSpan.FromMinutes(5);

    private readonly TimeSpan _poll = pollInterval ?? TimeSpan.FromSeconds(2);

    public string Place => "cluster";

    /// <summary>How long a delete of <paramref name="kind"/> waits until it is gone; null when nothing later depends on it.</summary>
    public static WaitBudget? WaitsFor(string kind) => kind switch
    {
        "ScaledObject" or "ScaledJob" => WaitBudget.Sum(("KEDA's operator removes the finalizer (stated allowance)", FinalizerAllowance)),
        "CustomResourceDefinition" => WaitBudget.Sum(("the CRD and its objects go (stated allowance)", CrdAllowance)),
        SweepOrder.Namespace => WaitBudget.Sum(("the namespace's objects go (stated allowance)", NamespaceAllowance)),
        _ => null,
    };

    public async Task<IReadOnlyList<SweepCandidate>> ListAsync(CancellationToken cancellationToken)
    {
        var candidates = new List<SweepCandidate>();
        foreach (var plural in new[] { "scaledobjects", "scaledjobs" })
        {
            try
            {
                var scaled = await client.CustomObjects.ListClusterCustomObjectAsync<KubernetesList<KedaObject>>("keda.sh", "v1alpha1", plural,
                    labelSelector: Selector, cancellationToken: cancellationToken);
                var kind = plural == "scaledobjects" ? "ScaledObject" : "ScaledJob";
                candidates.AddRange(scaled.Items.Select(o => Candidate(kind, $"{o.Metadata.NamespaceProperty}/{o.Metadata.Name}", o.Metadata)));
            }
            catch (HttpOperationException e) when (e.Response.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                // KEDA's CRDs are not installed: there are none.
            }
        }
        var namespaces = (await client.CoreV1.ListNamespaceAsync(labelSelector: Selector, cancellationToken: cancellationToken)).Items;
        candidates.AddRange(namespaces.Select(n => Candidate(SweepOrder.Namespace, n.Metadata.Name, n.Metadata)));
        candidates.AddRange((await client.ApiregistrationV1.ListAPIServiceAsync(labelSelector: Selector, cancellationToken: cancellationToken)).Items
            .Select(a => Candidate("APIService", a.Metadata.Name, a.Metadata)));
        candidates.AddRange((await client.AdmissionregistrationV1.ListValidatingWebhookConfigurationAsync(labelSelector: Selector, cancellationToken: cancellationToken)).Items
            .Select(w => Candidate("ValidatingWebhookConfiguration", w.Metadata.Name, w.Metadata)));
        candidates.AddRange((await client.AdmissionregistrationV1.ListMutatingWebhookConfigurationAsync(labelSelector: Selector, cancellationToken: cancellationToken)).Items
            .Select(w => Candidate("MutatingWebhookConfiguration", w.Metadata.Name, w.Metadata)));
        var runOfNamespace = namespaces.Where(n => n.Metadata.Labels?.ContainsKey(RunLabels.KubernetesLabel) == true)
            .ToDictionary(n => n.Metadata.Name, n => n.Metadata.Labels[RunLabels.KubernetesLabel], StringComparer.Ordinal);
        candidates.AddRange((await client.ApiextensionsV1.ListCustomResourceDefinitionAsync(labelSelector: KedaCrdSelector, cancellationToken: cancellationToken)).Items
            .Select(c => CrdCandidate(c.Metadata, runOfNamespace)));
        candidates.AddRange((await client.RbacAuthorizationV1.ListClusterRoleBindingAsync(labelSelector: Selector, cancellationToken: cancellationToken)).Items
            .Select(b => Candidate("ClusterRoleBinding", b.Metadata.Name, b.Metadata)));
        candidates.AddRange((await client.RbacAuthorizationV1.ListClusterRoleAsync(labelSelector: Selector, cancellationToken: cancellationToken)).Items
            .Select(r => Candidate("ClusterRole", r.Metadata.Name, r.Metadata)));
        return candidates;
    }

    public async Task DeleteAsync(SweepCandidate candidate, CancellationToken cancellationToken)
    {
        var foreground = new V1DeleteOptions { PropagationPolicy = "Foreground" };
        Func<CancellationToken, Task> read;
        switch (candidate.Kind)
        {
            case "ScaledObject" or "ScaledJob":
                var (ns, name) = (candidate.Name.Split('/')[0], candidate.Name.Split('/')[1]);
                var plural = candidate.Kind == "ScaledObject" ? "scaledobjects" : "scaledjobs";
                await Tolerating404(() => client.CustomObjects.DeleteNamespacedCustomObjectAsync("keda.sh", "v1alpha1", ns, plural, name, foreground, cancellationToken: cancellationToken));
                read = ct => client.CustomObjects.GetNamespacedCustomObjectAsync("keda.sh", "v1alpha1", ns, plural, name, ct);
                break;
            case SweepOrder.Namespace:
                await Tolerating404(() => client.CoreV1.DeleteNamespaceAsync(candidate.Name, foreground, cancellationToken: cancellationToken));
                read = ct => client.CoreV1.ReadNamespaceAsync(candidate.Name, cancellationToken: ct);
                break;
            case "APIService":
                await Tolerating404(() => client.ApiregistrationV1.DeleteAPIServiceAsync(candidate.Name, foreground, cancellationToken: cancellationToken));
                return;
            case "ValidatingWebhookConfiguration":
                await Tolerating404(() => client.AdmissionregistrationV1.DeleteValidatingWebhookConfigurationAsync(candidate.Name, foreground, cancellationToken: cancellationToken));
                return;
            case "MutatingWebhookConfiguration":
                await Tolerating404(() => client.AdmissionregistrationV1.DeleteMutatingWebhookConfigurationAsync(candidate.Name, foreground, cancellationToken: cancellationToken));
                return;
            case "CustomResourceDefinition":
                await Tolerating404(() => client.ApiextensionsV1.DeleteCustomResourceDefinitionAsync(candidate.Name, foreground, cancellationToken: cancellationToken));
                read = ct => client.ApiextensionsV1.ReadCustomResourceDefinitionAsync(candidate.Name, cancellationToken: ct);
                break;
            case "ClusterRoleBinding":
                await Tolerating404(() => client.RbacAuthorizationV1.DeleteClusterRoleBindingAsync(candidate.Name, foreground, cancellationToken: cancellationToken));
                return;
            case "ClusterRole":
                await Tolerating404(() => client.RbacAuthorizationV1.DeleteClusterRoleAsync(candidate.Name, foreground, cancellationToken: cancellationToken));
                return;
            default:
                throw new ArgumentException($"not a cluster candidate: {candidate}", nameof(candidate));
        }

        var budget = (budgets ?? WaitsFor)(candidate.Kind)!;
        if (!await Polling.UntilTrueAsync(async ct => await GoneAsync(read, ct), _poll, budget, cancellationToken))
            throw new InvalidOperationException($"{candidate} was deleted but is still there after {budget}" +
                (candidate.Kind is "ScaledObject" or "ScaledJob" ? ": its finalizer is KEDA's operator's to remove — is the operator running?" : ": something in it is held by a finalizer."));
    }

    private static async Task<bool> GoneAsync(Func<CancellationToken, Task> read, CancellationToken cancellationToken)
    {
        try
        {
            await read(cancellationToken);
            return false;
        }
        catch (HttpOperationException e) when (e.Response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return true;
        }
    }

    /// <summary>Already gone (another delete, or its owner's) is what a delete is for.</summary>
    private static async Task Tolerating404(Func<Task> delete)
    {
        try
        {
            await delete();
        }
        catch (HttpOperationException e) when (e.Response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
        }
    }

    private SweepCandidate Candidate(string kind, string name, V1ObjectMeta metadata) =>
        new(Place, kind, name, metadata.Labels is { } labels && labels.TryGetValue(RunLabels.KubernetesLabel, out var runId) ? runId : null, Created(metadata));

    /// <summary>A CRD's run: its own run-id label (chart 2.12 sets it), else the run of the namespace its Helm release is in.</summary>
    private SweepCandidate CrdCandidate(V1ObjectMeta metadata, IReadOnlyDictionary<string, string> runOfNamespace)
    {
        var own = metadata.Labels is { } labels && labels.TryGetValue(RunLabels.KubernetesLabel, out var label) ? label : null;
        var release = metadata.Annotations is { } annotations && annotations.TryGetValue(HelmReleaseNamespace, out var ns) ? ns : null;
        var runId = own ?? (release is not null && runOfNamespace.TryGetValue(release, out var run) ? run : null);
        return new(Place, "CustomResourceDefinition", metadata.Name, runId, Created(metadata));
    }

    private static DateTimeOffset? Created(V1ObjectMeta metadata) =>
        metadata.CreationTimestamp is { } created ? new DateTimeOffset(DateTime.SpecifyKind(created, DateTimeKind.Utc)) : null;

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
