using k8s;
using k8s.Autorest;
using k8s.Models;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>
/// Resolves kind → plural and scope from the server's discovery document (GET /api/v1, /apis/group/version),
/// cached per group/version. The cache is cleared after a CRD is applied, since that adds kinds.
/// </summary>
public sealed class ApiResourceDiscovery(IKubernetes client)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, IReadOnlyList<V1APIResource>> _cache = new(StringComparer.Ordinal);

    public async Task<ApiResource> ResolveAsync(ObjectReference reference, CancellationToken cancellationToken)
    {
        var resources = await ResourcesAsync(reference, cancellationToken);
        var match = resources.FirstOrDefault(r => r.Kind == reference.Kind && !r.Name.Contains('/'))
            ?? throw new ManifestException(
                $"{reference}: the cluster serves no kind {reference.Kind} in {reference.ApiVersion} (served there: {string.Join(", ", resources.Where(r => !r.Name.Contains('/')).Select(r => r.Kind).Distinct())}). Is its CRD installed?");
        return new ApiResource(match.Name, match.Namespaced);
    }

    /// <summary>Forgets every group/version, so the next lookup sees kinds a CRD just added.</summary>
    public void Forget()
    {
        _gate.Wait();
        try { _cache.Clear(); }
        finally { _gate.Release(); }
    }

    private async Task<IReadOnlyList<V1APIResource>> ResourcesAsync(ObjectReference reference, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_cache.TryGetValue(reference.ApiVersion, out var cached))
                return cached;
            V1APIResourceList list;
            try
            {
                list = reference.Group.Length == 0
                    ? await client.CoreV1.GetAPIResourcesAsync(cancellationToken)
                    : await client.CustomObjects.GetAPIResourcesAsync(reference.Group, reference.Version, cancellationToken);
            }
            catch (HttpOperationException e) when (e.Response.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                throw new ManifestException($"{reference}: the cluster does not serve {reference.ApiVersion} at all. Is the CRD (or the component) that defines {reference.Kind} installed?");
            }
            var resources = (IReadOnlyList<V1APIResource>?)list.Resources?.ToArray() ?? [];
            _cache[reference.ApiVersion] = resources;
            return resources;
        }
        finally
        {
            _gate.Release();
        }
    }
}
