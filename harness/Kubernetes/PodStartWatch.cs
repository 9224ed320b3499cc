using k8s;
using k8s.Autorest;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>
/// Looks at the pods of a Deployment (by its own selector) while a wait on the Deployment runs, so a pod that cannot
/// start (<see cref="PodStartFailure"/>) ends the wait at once. Reads are polled at the suite's poll interval; a read
/// that fails is not a pod failure (the wait itself reports its reads) and is simply tried again.
/// </summary>
public sealed class PodStartWatch(IKubernetes client, TimeSpan interval, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>The first pod that cannot start; runs until one is seen or <paramref name="cancellationToken"/> ends it.</summary>
    public async Task<PodStartFailure> FirstFailureAsync(string ns, string deployment, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                var read = await client.AppsV1.ReadNamespacedDeploymentAsync(deployment, ns, cancellationToken: cancellationToken);
                if (LabelSelectorQuery.Of(read.Spec?.Selector) is { } selector)
                {
                    var pods = await client.CoreV1.ListNamespacedPodAsync(ns, labelSelector: selector, cancellationToken: cancellationToken);
                    if (PodStartFailure.Among(pods.Items ?? []) is { } failure)
                        return failure;
                }
            }
            catch (Exception e) when (e is HttpOperationException or HttpRequestException or IOException)
            {
                // Not there yet, or a failed read: neither says a pod cannot start. Also when the wait it serves has ended
                // as the request failed: the delay below then ends this watch with its cancellation, which the caller expects.
            }
            await Task.Delay(interval, _clock, cancellationToken);
        }
    }
}
