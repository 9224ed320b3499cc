using k8s;
using k8s.Autorest;
using k8s.Models;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>The API server refused a request; the message names the request, the HTTP status and the server's own reason.</summary>
public sealed class KubernetesRequestException(string request, HttpOperationException inner)
    : Exception($"{request} failed: {(int)inner.Response.StatusCode} {inner.Response.StatusCode}: {ServerMessage(inner)}", inner)
{
    public int StatusCode { get; } = (int)inner.Response.StatusCode;

    internal static string ServerMessage(HttpOperationException e)
    {
        try
        {
            var status = KubernetesJson.Deserialize<V1Status>(e.Response.Content);
            if (!string.IsNullOrWhiteSpace(status?.Message))
                return status.Message;
        }
        catch (Exception)
        {
            // Not a Status object (a proxy's HTML page, an empty body): fall back to the raw text below.
        }
        return string.IsNullOrWhiteSpace(e.Response.Content) ? e.Message : e.Response.Content.Trim();
    }
}
