using KedaGuidance.Harness.Waits;
using k8s;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>CRD Established=True. Polled; a 404 is an observation ("not found yet"), any other failure a failed read.</summary>
public sealed class CrdEstablishedHandler(IKubernetes client, Polling polling) : ExpectationHandler<CrdEstablished>
{
    protected override Task<ExpectationResult> AwaitAsync(CrdEstablished expectation, CancellationToken cancellationToken) =>
        polling.UntilAsync(async token =>
        {
            var crd = await ReadOrNull.Async($"GET CustomResourceDefinition {expectation.Name}", () => client.ApiextensionsV1.ReadCustomResourceDefinitionAsync(expectation.Name, cancellationToken: token));
            if (crd is null)
                return new Observation(false, "not found");
            var established = crd.Status?.Conditions?.FirstOrDefault(c => c.Type == "Established");
            return Condition.Observe("Established", established?.Status, established?.Message);
        }, expectation.Budget, cancellationToken);
}
