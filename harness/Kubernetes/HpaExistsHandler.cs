using KedaGuidance.Harness.Waits;
using k8s;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>HPA exists. Polled; 404 is "not found yet".</summary>
public sealed class HpaExistsHandler(IKubernetes client, Polling polling) : ExpectationHandler<HpaExists>
{
    protected override Task<ExpectationResult> AwaitAsync(HpaExists expectation, CancellationToken cancellationToken) =>
        polling.UntilAsync(async token =>
        {
            var hpa = await ReadOrNull.Async($"GET HorizontalPodAutoscaler {expectation.Namespace}/{expectation.Name}", () => client.AutoscalingV2.ReadNamespacedHorizontalPodAutoscalerAsync(expectation.Name, expectation.Namespace, cancellationToken: token));
            return hpa is null
                ? new Observation(false, "not found")
                : new Observation(true, $"exists (min {hpa.Spec?.MinReplicas}, max {hpa.Spec?.MaxReplicas})");
        }, expectation.Budget, cancellationToken);
}
