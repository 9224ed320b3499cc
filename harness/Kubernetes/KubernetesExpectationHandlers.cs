using KedaGuidance.Harness.Waits;
using System.Net;
using k8s;
using k8s.Autorest;
using k8s.Models;
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

/// <summary>
/// Deployment stays at N for T: watched for T; violated by any observation at another count; met at the end only if
/// the first read succeeded and the watch was current when T ended (a watch that could not read is not "stayed").
/// </summary>
public sealed class DeploymentStaysAtHandler(DeploymentWatch watch) : ExpectationHandler<DeploymentStaysAt>
{
    protected override async Task<ExpectationResult> AwaitAsync(DeploymentStaysAt expectation, CancellationToken cancellationToken)
    {
        var result = await watch.ObserveAsync(expectation.Namespace, expectation.Name, expectation.Duration,
            snapshot => snapshot.IsAt(expectation.Replicas) ? Verdict.Pending : Verdict.Violated,
            atDeadline: record => record.Observations > 0 && record.Current,
            cancellationToken);
        return result.Met ? result with { Observed = $"held for {expectation.Duration.TotalSeconds:0.#} s: {result.Observed}" } : result;
    }
}

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

/// <summary>A status condition as an observation: met when it is True; its message (why not) shown when there is one.</summary>
internal static class Condition
{
    public static Observation Observe(string type, string? status, string? message) =>
        new(status == "True", $"{type}={status ?? "absent"}{(message is { Length: > 0 } ? $" ({message})" : "")}");
}

/// <summary>404 → null (the server answered: it is not there); every other failure propagates as a failed read.</summary>
internal static class ReadOrNull
{
    public static async Task<T?> Async<T>(string request, Func<Task<T>> read) where T : class
    {
        try
        {
            return await read();
        }
        catch (HttpOperationException e) when (e.Response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        catch (HttpOperationException e)
        {
            throw new KubernetesRequestException(request, e);
        }
    }
}
