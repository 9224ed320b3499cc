using System.Net;
using k8s.Autorest;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>404 → null (the server answered: it is not there); every other failure propagates as a failed read.</summary>
internal static class ReadOrNull
{
    public static async Task<T?> Async<T>(string request, Func<Task<T>> read) where T : class
    {
        try
        {
            return await read();
        }
        catch (HttpOperationException e) when (e.Response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        catch (HttpOperationException e)
        {
            throw new KubernetesRequestException(request, e);
        }
    }
}
