using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>
/// Deployment at N ready replicas: watched, met on the first observation that shows it. With <paramref name="pods"/>,
/// the Deployment's pods are looked at meanwhile, and one that cannot start (ErrImagePull, CrashLoopBackOff …) fails
/// the wait at once, naming the pod, the image and the reason.
/// </summary>
public sealed class DeploymentReadyHandler(DeploymentWatch watch, PodStartWatch? pods = null, TimeProvider? clock = null) : ExpectationHandler<DeploymentReady>
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    protected override async Task<ExpectationResult> AwaitAsync(DeploymentReady expectation, CancellationToken cancellationToken)
    {
        if (pods is null)
            return await Ready(expectation, cancellationToken);

        var started = _clock.GetTimestamp();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var ready = Ready(expectation, stop.Token);
        var stuck = pods.FirstFailureAsync(expectation.Namespace, expectation.Name, stop.Token);
        var first = await Task.WhenAny(ready, stuck);
        await stop.CancelAsync();
        if (first == stuck && stuck.IsCompletedSuccessfully)
        {
            await Quietly(ready);
            return new ExpectationResult(false, $"a pod cannot start: {stuck.Result}", _clock.GetElapsedTime(started));
        }
        await Quietly(stuck);
        return await ready;
    }

    private Task<ExpectationResult> Ready(DeploymentReady expectation, CancellationToken cancellationToken) =>
        watch.ObserveAsync(expectation.Namespace, expectation.Name, expectation.Budget.Limit,
            snapshot => snapshot.IsReadyAt(expectation.Replicas) ? Verdict.Met : Verdict.Pending,
            atDeadline: _ => false, cancellationToken);

    private static async Task Quietly(Task task)
    {
        try
        {
            await task;
        }
        catch (OperationCanceledException)
        {
        }
    }
}
