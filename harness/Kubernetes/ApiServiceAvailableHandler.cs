using KedaGuidance.Harness.Waits;
using k8s;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>APIService Available=True. Polled; 404 is "not found yet".</summary>
public sealed class ApiServiceAvailableHandler(IKubernetes client, Polling polling) : ExpectationHandler<ApiServiceAvailable>
{
    protected override Task<ExpectationResult> AwaitAsync(ApiServiceAvailable expectation, CancellationToken cancellationToken) =>
        polling.UntilAsync(async token =>
        {
            var service = await ReadOrNull.Async($"GET APIService {expectation.Name}", () => client.ApiregistrationV1.ReadAPIServiceAsync(expectation.Name, cancellationToken: token));
            if (service is null)
                return new Observation(false, "not found");
            var available = service.Status?.Conditions?.FirstOrDefault(c => c.Type == "Available");
            return Condition.Observe("Available", available?.Status, available?.Message);
        }, expectation.Budget, cancellationToken);
}
