using k8s;
using k8s.Models;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Waits;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>
/// <see cref="DaemonSetReady"/>, polled: 404 is "not found yet"; a pod of the DaemonSet (by its selector) that cannot
/// start (<see cref="PodStartFailure"/>) ends the wait at once with the reason.
/// </summary>
public sealed class DaemonSetReadyHandler(IKubernetes client, Polling polling) : ExpectationHandler<DaemonSetReady>
{
    protected override Task<ExpectationResult> AwaitAsync(DaemonSetReady expectation, CancellationToken cancellationToken) =>
        polling.UntilAsync(async token =>
        {
            var set = await ReadOrNull.Async($"GET DaemonSet {expectation.Namespace}/{expectation.Name}",
                () => client.AppsV1.ReadNamespacedDaemonSetAsync(expectation.Name, expectation.Namespace, cancellationToken: token));
            if (set is null)
                return new Observation(false, "not found");
            if (LabelSelectorQuery.Of(set.Spec?.Selector) is { } selector)
            {
                var pods = await client.CoreV1.ListNamespacedPodAsync(expectation.Namespace, labelSelector: selector, cancellationToken: token);
                if (PodStartFailure.Among(pods.Items ?? []) is { } failure)
                    return new Observation(false, $"a pod cannot start: {failure}", Final: true);
            }
            return Observe(set);
        }, expectation.Budget, cancellationToken);

    /// <summary>Ready when the rollout has caught up and every scheduled pod is ready (and there is at least one).</summary>
    public static Observation Observe(V1DaemonSet set)
    {
        var status = set.Status;
        var desired = status?.DesiredNumberScheduled ?? 0;
        var current = (status?.ObservedGeneration ?? 0) >= (set.Metadata?.Generation ?? 0);
        var ready = desired > 0 && current && status!.NumberReady == desired && (status.UpdatedNumberScheduled ?? 0) == desired;
        return new Observation(ready, $"{status?.NumberReady ?? 0}/{desired} ready, {status?.UpdatedNumberScheduled ?? 0} updated{(current ? "" : ", rollout not observed yet")}");
    }
}
