using KedaGuidance.Harness.Waits;
using k8s;
using k8s.Models;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>
/// Pods by <c>app=&lt;name&gt;</c>: at least one, every one Running with Ready=True. Polled; a pod that cannot start
/// (<see cref="PodStartFailure"/>) is a final observation that ends the wait at once.
/// </summary>
public sealed class PodsReadyHandler(IKubernetes client, Polling polling) : ExpectationHandler<PodsReady>
{
    protected override Task<ExpectationResult> AwaitAsync(PodsReady expectation, CancellationToken cancellationToken) =>
        polling.UntilAsync(async token =>
        {
            var pods = await client.CoreV1.ListNamespacedPodAsync(expectation.Namespace, labelSelector: $"app={expectation.App}", cancellationToken: token);
            var live = (pods.Items ?? []).Where(p => p.Metadata?.DeletionTimestamp is null).ToList();
            if (live.Count == 0)
                return new Observation(false, $"no pod with app={expectation.App}");
            if (PodStartFailure.Among(live) is { } failure)
                return new Observation(false, $"a pod cannot start: {failure}", Final: true);
            var states = live.Select(p => $"{p.Metadata.Name} {p.Status?.Phase ?? "?"}{(IsReady(p) ? " Ready" : " not Ready")}").ToList();
            return new Observation(live.All(p => p.Status?.Phase == "Running" && IsReady(p)), string.Join(", ", states));
        }, expectation.Budget, cancellationToken);

    private static bool IsReady(V1Pod pod) =>
        pod.Status?.Conditions?.Any(c => c.Type == "Ready" && c.Status == "True") == true;
}
