using System.Net;
using System.Text.Json;
using k8s;
using k8s.Autorest;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>
/// Reads, applies and deletes any kind through the custom-objects endpoints, which serve built-in kinds as well
/// (group "" becomes /api/v1/...). One path for every kind, resolved by <see cref="ApiResourceDiscovery"/>.
/// </summary>
public sealed class ClusterObjects(IKubernetes client, ApiResourceDiscovery discovery)
{
    public ApiResourceDiscovery Discovery => discovery;

    /// <summary>The reference with its namespace resolved: default namespace for a namespaced kind without one, none for a cluster-scoped kind.</summary>
    public async Task<(ObjectReference Reference, string Plural)> ResolveAsync(ObjectReference reference, string defaultNamespace, CancellationToken cancellationToken)
    {
        var resource = await discovery.ResolveAsync(reference, cancellationToken);
        var resolved = reference with { Namespace = resource.Namespaced ? reference.Namespace ?? defaultNamespace : null };
        return (resolved, resource.Plural);
    }

    /// <summary>Reads an object; null when the server answers 404. Any other failure throws: a failed read is never "absent".</summary>
    public async Task<ObservedObject?> ReadAsync(ObjectReference reference, string plural, CancellationToken cancellationToken)
    {
        object body;
        try
        {
            body = reference.Namespace is { } ns
                ? await client.CustomObjects.GetNamespacedCustomObjectAsync(reference.Group, reference.Version, ns, plural, reference.Name, cancellationToken)
                : await client.CustomObjects.GetClusterCustomObjectAsync(reference.Group, reference.Version, plural, reference.Name, cancellationToken);
        }
        catch (HttpOperationException e) when (e.Response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        catch (HttpOperationException e)
        {
            throw new KubernetesRequestException($"read {reference}", e);
        }
        return Observe(body);
    }

    public async Task ApplyAsync(ManifestDocument document, ObjectReference reference, string plural, CancellationToken cancellationToken)
    {
        var patch = new k8s.Models.V1Patch(document.Json, k8s.Models.V1Patch.PatchType.ApplyPatch);
        try
        {
            if (reference.Namespace is { } ns)
                await client.CustomObjects.PatchNamespacedCustomObjectAsync(patch, reference.Group, reference.Version, ns, plural, reference.Name,
                    fieldManager: RunLabel.FieldManager, fieldValidation: "Strict", force: true, cancellationToken: cancellationToken);
            else
                await client.CustomObjects.PatchClusterCustomObjectAsync(patch, reference.Group, reference.Version, plural, reference.Name,
                    fieldManager: RunLabel.FieldManager, fieldValidation: "Strict", force: true, cancellationToken: cancellationToken);
        }
        catch (HttpOperationException e)
        {
            throw new KubernetesRequestException($"apply {reference}", e);
        }
    }

    /// <summary>Deletes with foreground propagation; false when it was already gone.</summary>
    public async Task<bool> DeleteAsync(ObjectReference reference, string plural, CancellationToken cancellationToken)
    {
        try
        {
            if (reference.Namespace is { } ns)
                await client.CustomObjects.DeleteNamespacedCustomObjectAsync(reference.Group, reference.Version, ns, plural, reference.Name,
                    propagationPolicy: "Foreground", cancellationToken: cancellationToken);
            else
                await client.CustomObjects.DeleteClusterCustomObjectAsync(reference.Group, reference.Version, plural, reference.Name,
                    propagationPolicy: "Foreground", cancellationToken: cancellationToken);
            return true;
        }
        catch (HttpOperationException e) when (e.Response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
        catch (HttpOperationException e)
        {
            throw new KubernetesRequestException($"delete {reference}", e);
        }
    }

    private static ObservedObject Observe(object body)
    {
        var element = body is JsonElement json ? json : JsonSerializer.SerializeToElement(body);
        string? runId = null;
        var finalizers = new List<string>();
        var terminating = false;
        if (element.TryGetProperty("metadata", out var metadata))
        {
            if (metadata.TryGetProperty("labels", out var labels) && labels.ValueKind == JsonValueKind.Object
                && labels.TryGetProperty(RunLabel.Key, out var label))
                runId = label.GetString();
            if (metadata.TryGetProperty("finalizers", out var list) && list.ValueKind == JsonValueKind.Array)
                finalizers.AddRange(list.EnumerateArray().Select(f => f.GetString() ?? ""));
            terminating = metadata.TryGetProperty("deletionTimestamp", out var deletion) && deletion.ValueKind == JsonValueKind.String;
        }
        return new ObservedObject(runId, finalizers, terminating);
    }
}
