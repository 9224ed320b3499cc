using k8s;
using k8s.Autorest;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>
/// Watches one Deployment for an expectation: lists it (for a resourceVersion and a first observation), then watches
/// from that version. Endings the client really produces are handled so no change is lost and no guess is made:
/// the server closing the stream → resume from the last resourceVersion; 410 Expired (delivered to onError, never
/// thrown) → re-list; a connection reset or a failed request → reconnect after a pause, within the budget. Only
/// successful reads are judged; a failed read leaves the last observation as it was ("nothing observed yet" at first).
/// </summary>
public sealed class DeploymentWatch(IKubernetes client, TimeSpan reconnectDelay, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>
    /// Judges every observation until one is <see cref="Verdict.Met"/> or <see cref="Verdict.Violated"/>; when the budget
    /// runs out first, <paramref name="atDeadline"/> decides from the record of the watch.
    /// </summary>
    public async Task<ExpectationResult> ObserveAsync(string ns, string name, TimeSpan budget,
        Func<DeploymentSnapshot, Verdict> judge, Func<WatchRecord, bool> atDeadline, CancellationToken cancellationToken)
    {
        var started = _clock.GetTimestamp();
        var record = new WatchRecord();
        using var withinBudget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        withinBudget.CancelAfter(budget);
        var token = withinBudget.Token;
        var selector = $"metadata.name={name}";
        string? resourceVersion = null;

        ExpectationResult Finish(bool met) => new(met, record.Describe(), _clock.GetElapsedTime(started));

        try
        {
            while (true)
            {
                try
                {
                    if (resourceVersion is null)
                    {
                        var list = await client.AppsV1.ListNamespacedDeploymentAsync(ns, fieldSelector: selector, cancellationToken: token);
                        resourceVersion = list.Metadata?.ResourceVersion;
                        var verdict = record.Observe(DeploymentSnapshot.Of(list.Items?.FirstOrDefault()), judge);
                        if (verdict != Verdict.Pending)
                            return Finish(verdict == Verdict.Met);
                    }

                    var expired = false;
                    var events = 0;
                    var remaining = budget - _clock.GetElapsedTime(started);
                    await foreach (var (type, deployment) in client.AppsV1.WatchListNamespacedDeploymentAsync(ns,
                                       fieldSelector: selector, resourceVersion: resourceVersion, allowWatchBookmarks: true,
                                       timeoutSeconds: Math.Max(1, (int)Math.Ceiling(remaining.TotalSeconds)),
                                       onError: e =>
                                       {
                                           if (e is KubernetesException { Status.Code: 410 })
                                               expired = true;
                                           else
                                               record.ReadFailed(e.Message);
                                       },
                                       cancellationToken: token))
                    {
                        events++;
                        resourceVersion = deployment?.Metadata?.ResourceVersion ?? resourceVersion;
                        if (type == WatchEventType.Bookmark)
                            continue;
                        var snapshot = type == WatchEventType.Deleted ? DeploymentSnapshot.Absent : DeploymentSnapshot.Of(deployment);
                        var verdict = record.Observe(snapshot, judge);
                        if (verdict != Verdict.Pending)
                            return Finish(verdict == Verdict.Met);
                    }

                    if (expired)
                    {
                        record.Relists++;
                        resourceVersion = null; // 410: the version is too old to resume from; list again
                    }
                    else
                    {
                        record.Resumes++; // the server closed the stream: resume from the last version seen
                        if (events == 0)
                            await Task.Delay(reconnectDelay, _clock, token);
                    }
                }
                catch (Exception e) when (e is IOException or HttpRequestException or HttpOperationException)
                {
                    // Connection reset, refused, or a failed request: the last resourceVersion (if any) is still valid to resume from.
                    // Also when the budget ran out as the request failed: the read is recorded, and the delay's cancellation
                    // ends the wait below with what was observed (a failed read must not escape as the wait's result).
                    record.ReadFailed(e is HttpOperationException h ? $"{(int)h.Response.StatusCode} {h.Response.StatusCode}" : e.Message);
                    await Task.Delay(reconnectDelay, _clock, token);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Finish(atDeadline(record));
        }
    }
}
