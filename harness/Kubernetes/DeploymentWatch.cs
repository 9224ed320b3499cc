using k8s;
using k8s.Autorest;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>What a judge makes of one observation: keep watching, done (met), or failed for good.</summary>
public enum Verdict { Pending, Met, Violated }

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
                catch (Exception e) when (e is IOException or HttpRequestException or HttpOperationException && !token.IsCancellationRequested)
                {
                    // Connection reset, refused, or a failed request: the last resourceVersion (if any) is still valid to resume from.
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

/// <summary>The history of one watch: observations judged, read failures, re-lists and resumes.</summary>
public sealed class WatchRecord
{
    public DeploymentSnapshot? Last { get; private set; }
    public int Observations { get; private set; }
    public int ReadFailures { get; private set; }
    public string? LastFailure { get; private set; }

    /// <summary>True when the most recent attempt to read succeeded (the watch is connected and current).</summary>
    public bool Current { get; private set; }

    public int Relists { get; set; }
    public int Resumes { get; set; }

    internal Verdict Observe(DeploymentSnapshot snapshot, Func<DeploymentSnapshot, Verdict> judge)
    {
        Last = snapshot;
        Observations++;
        Current = true;
        return judge(snapshot);
    }

    internal void ReadFailed(string message)
    {
        ReadFailures++;
        LastFailure = message;
        Current = false;
    }

    public string Describe()
    {
        var seen = Last is null ? "nothing observed (no read succeeded)" : Last.ToString();
        var trouble = new List<string>();
        if (ReadFailures > 0) trouble.Add($"{ReadFailures} failed read(s), last: {LastFailure}");
        if (Relists > 0) trouble.Add($"{Relists} re-list(s) after 410 Expired");
        if (Resumes > 0) trouble.Add($"{Resumes} resume(s) after the server closed the watch");
        return trouble.Count == 0 ? seen : $"{seen} ({string.Join("; ", trouble)})";
    }
}
