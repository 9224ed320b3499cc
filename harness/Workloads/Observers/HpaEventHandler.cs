using k8s;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Waits;

namespace KedaGuidance.Harness.Workloads.Observers;

/// <summary>HPA events (involvedObject = the HPA), polled until one has the reason and message parts.</summary>
public sealed class HpaEventHandler(IKubernetes client, Polling polling) : ExpectationHandler<HpaEventShows>
{
    protected override Task<ExpectationResult> AwaitAsync(HpaEventShows expectation, CancellationToken cancellationToken) =>
        polling.UntilAsync(async token =>
        {
            var events = await client.CoreV1.ListNamespacedEventAsync(expectation.Namespace,
                fieldSelector: $"involvedObject.kind=HorizontalPodAutoscaler,involvedObject.name={expectation.Hpa}", cancellationToken: token);
            var items = events.Items ?? [];
            var match = items.FirstOrDefault(e => expectation.Matches(e.Reason, e.Message));
            return match is null
                ? new Observation(false, items.Count == 0 ? "no events" : string.Join(" | ", items.Select(e => $"{e.Reason}: {e.Message}").TakeLast(3)))
                : new Observation(true, $"{match.Reason}: {match.Message}");
        }, expectation.Budget, cancellationToken);
}
