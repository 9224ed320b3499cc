using System.Text.Json;
using k8s;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Waits;

namespace KedaGuidance.Harness.Workloads.Observers;

/// <summary>ScaledObject status.conditions Ready=True, polled; 404 is "not found yet".</summary>
public sealed class ScaledObjectReadyHandler(IKubernetes client, Polling polling) : ExpectationHandler<ScaledObjectReady>
{
    protected override Task<ExpectationResult> AwaitAsync(ScaledObjectReady expectation, CancellationToken cancellationToken) =>
        polling.UntilAsync(async token =>
        {
            object found;
            try
            {
                found = await client.CustomObjects.GetNamespacedCustomObjectAsync("keda.sh", "v1alpha1", expectation.Namespace, "scaledobjects", expectation.Name, token);
            }
            catch (k8s.Autorest.HttpOperationException e) when (e.Response.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                return new Observation(false, "not found");
            }
            var ready = ScaledObjectStatus.Condition(JsonSerializer.SerializeToElement(found), "Ready");
            return new Observation(ready?.Status == "True", ready is null ? "no Ready condition yet" : $"Ready={ready.Status} ({ready.Reason}: {ready.Message})");
        }, expectation.Budget, cancellationToken);
}
