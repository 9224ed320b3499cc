using KedaGuidance.Harness.Waits;
using System.Globalization;
using System.Text;
using System.Text.Json;
using k8s;
using k8s.Models;
using KedaGuidance.Harness.Aws.Sqs;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Kubernetes;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Scaling;

namespace KedaGuidance.Harness.Workloads;

/// <summary>
/// The live handlers of the scaling features over one cluster client: ScaledObject Ready, operator log lines, HPA
/// events, and the scaling timeline. Metric reads for SQS go through the executor (the SQS operations and handlers),
/// so they are recorded like every other operation.
/// </summary>
public sealed class ScalingObservers(IKubernetes client, IExecutor executor, RunRecorder recorder, Action<string> output, string kedaNamespace)
{
    /// <summary>How often the timeline samples: well under the guide's pollingInterval (10 s), so every KEDA poll is seen.</summary>
    public static readonly TimeSpan SamplePeriod = TimeSpan.FromSeconds(1);

    public IReadOnlyList<IExpectationHandler> Expectations()
    {
        var polling = new Polling(KubernetesHandlers.PollInterval);
        return
        [
            new ScaledObjectReadyHandler(client, polling),
            new OperatorLogHandler(client, polling),
            new HpaEventHandler(client, polling),
            new ScalingTimelineHandler(new ClusterTimelineSource(client, executor), new ScalingDiagnostics(client, kedaNamespace), recorder, output, SamplePeriod),
        ];
    }
}

/// <summary>ScaledObject status.conditions Ready=True, polled; 404 is "not found yet".</summary>
public sealed class ScaledObjectReadyHandler(IKubernetes client, Polling polling) : ExpectationHandler<ScaledObjectReady>
{
    protected override Task<ExpectationResult> AwaitAsync(ScaledObjectReady expectation, CancellationToken cancellationToken) =>
        polling.UntilAsync(async token =>
        {
            object found;
            try
            {
                found = await client.CustomObjects.GetNamespacedCustomObjectAsync("keda.sh", "v1alpha1", expectation.Namespace, "scaledobjects", expectation.Name, token);
            }
            catch (k8s.Autorest.HttpOperationException e) when (e.Response.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                return new Observation(false, "not found");
            }
            var ready = ScaledObjectStatus.Condition(JsonSerializer.SerializeToElement(found), "Ready");
            return new Observation(ready?.Status == "True", ready is null ? "no Ready condition yet" : $"Ready={ready.Status} ({ready.Reason}: {ready.Message})");
        }, expectation.Budget, cancellationToken);
}

/// <summary>One condition of a custom resource's status.</summary>
public sealed record StatusCondition(string Type, string? Status, string? Reason, string? Message);

/// <summary>Reads status.conditions of a ScaledObject as the API returns it (JSON).</summary>
public static class ScaledObjectStatus
{
    public static StatusCondition? Condition(JsonElement scaledObject, string type)
    {
        if (!scaledObject.TryGetProperty("status", out var status) || !status.TryGetProperty("conditions", out var conditions) || conditions.ValueKind != JsonValueKind.Array)
            return null;
        foreach (var c in conditions.EnumerateArray())
        {
            if (Text(c, "type") == type)
                return new StatusCondition(type, Text(c, "status"), Text(c, "reason"), Text(c, "message"));
        }
        return null;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>The operator's log, read from every pod app=keda-operator (all containers' current logs), polled until a line matches.</summary>
public sealed class OperatorLogHandler(IKubernetes client, Polling polling) : ExpectationHandler<OperatorLogShows>
{
    protected override Task<ExpectationResult> AwaitAsync(OperatorLogShows expectation, CancellationToken cancellationToken) =>
        polling.UntilAsync(async token =>
        {
            var lines = await OperatorLog.ReadAsync(client, expectation.KedaNamespace, OperatorLogShows.PodLabel, token);
            var match = lines.FirstOrDefault(expectation.Matches);
            return match is null
                ? new Observation(false, $"{lines.Count} log lines, none matching")
                : new Observation(true, match.Trim());
        }, expectation.Budget, cancellationToken);
}

/// <summary>Reads the current logs of the pods a label selects, line by line.</summary>
public static class OperatorLog
{
    public static async Task<IReadOnlyList<string>> ReadAsync(IKubernetes client, string @namespace, string labelSelector, CancellationToken cancellationToken)
    {
        var pods = await client.CoreV1.ListNamespacedPodAsync(@namespace, labelSelector: labelSelector, cancellationToken: cancellationToken);
        var lines = new List<string>();
        foreach (var pod in pods.Items ?? [])
        {
            await using var stream = await client.CoreV1.ReadNamespacedPodLogAsync(pod.Metadata.Name, @namespace, cancellationToken: cancellationToken);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
                lines.Add(line);
        }
        return lines;
    }
}

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

/// <summary>
/// One sample of the scaling workload's state (everything but the metric may be read in the same tick).
/// <paramref name="CannotStart"/> names a pod that cannot start (ErrImagePull, CrashLoopBackOff …): the wait then ends at once.
/// </summary>
public sealed record WorkloadSample(int Desired, int Ready, string Pods, string Hpa, string? CannotStart = null);

/// <summary>Where the timeline handler reads from; the live implementation is <see cref="ClusterTimelineSource"/>, tests script it.</summary>
public interface ITimelineSource
{
    Task<double> ReadMetricAsync(MetricSource source, CancellationToken cancellationToken);

    Task<WorkloadSample> ReadWorkloadAsync(ScalingFollowsOracle expectation, CancellationToken cancellationToken);

    /// <summary>Events of the namespace not returned before (by uid), as one-line texts.</summary>
    Task<IReadOnlyList<string>> ReadNewEventsAsync(string @namespace, CancellationToken cancellationToken);
}

/// <summary>The cluster (Deployment, pods, HPA, events, external metrics API) and the SQS operations.</summary>
public sealed class ClusterTimelineSource(IKubernetes client, IExecutor executor) : ITimelineSource
{
    private readonly HashSet<string> _seenEvents = new(StringComparer.Ordinal);

    public async Task<double> ReadMetricAsync(MetricSource source, CancellationToken cancellationToken)
    {
        switch (source)
        {
            case QueueDepthSource queue:
                var depth = await executor.RunAsync(new ReadQueueDepth(queue.QueueUrl), cancellationToken);
                return queue.ScaleOnInFlight ? depth.Total : depth.Visible;
            case ExternalMetricSource external:
                var list = await client.CustomObjects.ListNamespacedCustomObjectAsync("external.metrics.k8s.io", "v1beta1", external.Namespace,
                    external.MetricName, labelSelector: $"scaledobject.keda.sh/name={external.ScaledObject}", cancellationToken: cancellationToken);
                return ExternalMetricValue.Parse(JsonSerializer.SerializeToElement(list));
            default:
                throw new NotSupportedException($"No reader for metric source {source.GetType().Name}.");
        }
    }

    public async Task<WorkloadSample> ReadWorkloadAsync(ScalingFollowsOracle expectation, CancellationToken cancellationToken)
    {
        var deployment = await client.AppsV1.ReadNamespacedDeploymentAsync(expectation.Deployment, expectation.Namespace, cancellationToken: cancellationToken);
        var app = deployment.Spec?.Selector?.MatchLabels is { } labels ? string.Join(',', labels.Select(l => $"{l.Key}={l.Value}")) : null;
        var pods = await client.CoreV1.ListNamespacedPodAsync(expectation.Namespace, labelSelector: app, cancellationToken: cancellationToken);
        var phases = (pods.Items ?? []).GroupBy(p => p.Metadata?.DeletionTimestamp is null ? p.Status?.Phase ?? "?" : "Terminating")
            .Select(g => $"{g.Key} {g.Count()}");
        string hpa;
        try
        {
            var h = await client.AutoscalingV2.ReadNamespacedHorizontalPodAutoscalerAsync(expectation.Hpa, expectation.Namespace, cancellationToken: cancellationToken);
            var current = h.Status?.CurrentMetrics?.FirstOrDefault()?.External?.Current;
            hpa = $"hpa current {h.Status?.CurrentReplicas}, desired {h.Status?.DesiredReplicas}, metric avg {current?.AverageValue?.ToString() ?? "?"}";
        }
        catch (k8s.Autorest.HttpOperationException e) when (e.Response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            hpa = "no hpa";
        }
        return new WorkloadSample(deployment.Spec?.Replicas ?? 1, deployment.Status?.ReadyReplicas ?? 0, string.Join(", ", phases), hpa,
            PodStartFailure.Among(pods.Items ?? [])?.ToString());
    }

    public async Task<IReadOnlyList<string>> ReadNewEventsAsync(string @namespace, CancellationToken cancellationToken)
    {
        var events = await client.CoreV1.ListNamespacedEventAsync(@namespace, cancellationToken: cancellationToken);
        return (events.Items ?? [])
            .Where(e => e.Metadata?.Uid is { } uid && _seenEvents.Add(uid + "/" + e.Count))
            .Select(e => $"event {e.InvolvedObject?.Kind}/{e.InvolvedObject?.Name} {e.Reason}: {e.Message}")
            .ToList();
    }
}

/// <summary>An ExternalMetricValueList's single item value (a Kubernetes quantity such as "12500m").</summary>
public static class ExternalMetricValue
{
    public static double Parse(JsonElement list)
    {
        if (!list.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array || items.GetArrayLength() != 1)
            throw new InvalidOperationException($"The external metric answer does not hold exactly one item: {list.GetRawText()}");
        var value = items[0].GetProperty("value").GetString()
            ?? throw new InvalidOperationException("The external metric item has no value.");
        return (double)new ResourceQuantity(value).ToDecimal();
    }
}

/// <summary>
/// Samples the workload and the metric every period into a <see cref="ReplicaTimeline"/> until the goal or the budget.
/// A failed read is recorded as a gap (never as 0). On failure the timeline and the diagnostics go to the output and
/// the evidence; the timeline is attached to the evidence in every case.
/// </summary>
public sealed class ScalingTimelineHandler(ITimelineSource source, IScalingDiagnostics diagnostics, RunRecorder recorder, Action<string> output,
    TimeSpan samplePeriod, TimeProvider? clock = null) : ExpectationHandler<ScalingFollowsOracle>
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    protected override async Task<ExpectationResult> AwaitAsync(ScalingFollowsOracle expectation, CancellationToken cancellationToken)
    {
        var run = new TimelineRun(expectation, _clock);
        var started = _clock.GetTimestamp();
        using var timer = new PeriodicTimer(samplePeriod, _clock);
        do
        {
            await run.SampleAsync(source, cancellationToken);
            if (run.GoalReached || run.Timeline.Violations.Count > 0 || run.CannotStart is not null)
                break;
        }
        while (_clock.GetElapsedTime(started) < expectation.Budget.Limit && await timer.WaitForNextTickAsync(cancellationToken));

        var result = run.Result(_clock.GetElapsedTime(started));
        recorder.Attach($"timeline {expectation.Goal} {expectation.Namespace}/{expectation.Deployment}", run.Timeline.Rows);
        if (!result.Met)
        {
            var text = TimelineText.Format(run.Timeline) + "\n" + await diagnostics.CollectAsync(expectation, cancellationToken);
            output(text);
            recorder.Attach($"diagnostics {expectation.Goal} {expectation.Namespace}/{expectation.Deployment}", text);
        }
        return result;
    }
}

/// <summary>The bookkeeping of one timeline expectation: samples in, goal and violations out. Unit-tested with scripted sources.</summary>
public sealed class TimelineRun(ScalingFollowsOracle expectation, TimeProvider clock)
{
    private readonly ScalingOracle _oracle = new(expectation.Spec);
    private int? _lastDesired;
    private double? _lastMetric;
    private int? _lastReady;
    private DateTimeOffset? _inactiveSince;
    private DateTimeOffset? _goalAt;

    public ReplicaTimeline Timeline { get; } = new(new ScalingOracle(expectation.Spec), expectation.Slack);

    public bool GoalReached { get; private set; }

    public int? Peak { get; private set; }

    /// <summary>A pod of the workload that cannot start, once seen; the timeline ends with it.</summary>
    public string? CannotStart { get; private set; }

    public async Task SampleAsync(ITimelineSource source, CancellationToken cancellationToken)
    {
        var at = clock.GetUtcNow();
        double? metric = null;
        string? metricFailure = null;
        try
        {
            metric = await source.ReadMetricAsync(expectation.Metric, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            metricFailure = e.Message;
        }

        WorkloadSample? workload = null;
        string? workloadFailure = null;
        try
        {
            workload = await source.ReadWorkloadAsync(expectation, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            workloadFailure = e.Message;
        }

        IReadOnlyList<string> events = [];
        try
        {
            events = await source.ReadNewEventsAsync(expectation.Namespace, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            events = [$"events read failed: {e.Message}"];
        }

        Timeline.Record(new ReplicaObservation
        {
            At = at, Metric = metric, MetricReadFailure = metricFailure,
            Desired = workload?.Desired, Ready = workload?.Ready, ReplicaReadFailure = workloadFailure,
            Line = workload is null ? null : $"pods: {workload.Pods}; {workload.Hpa}",
        });
        foreach (var line in events)
            Timeline.Record(new ReplicaObservation { At = at, Line = line });

        if (metric is { } m)
        {
            _lastMetric = m;
            _inactiveSince = _oracle.IsActive(m) ? null : _inactiveSince ?? at;
        }
        if (workload is { } w)
        {
            _lastDesired = w.Desired;
            _lastReady = w.Ready;
            CannotStart ??= w.CannotStart;
            Peak = Math.Max(Peak ?? 0, w.Desired);
            GoalReached = IsGoal(w);
            if (GoalReached)
                _goalAt ??= at;
        }
    }

    private bool IsGoal(WorkloadSample w) => expectation.Goal switch
    {
        TimelineGoal.LeaveZero => w.Desired >= 1,
        TimelineGoal.ReachOracleBand => _lastMetric is { } m && _oracle.IsActive(m) && w.Desired > expectation.Spec.HpaMinReplicas
                                        && _oracle.SteadyBand(m).Contains(w.Desired),
        _ => w.Desired == expectation.Spec.MinReplicas && w.Ready == expectation.Spec.MinReplicas,
    };

    public ExpectationResult Result(TimeSpan elapsed)
    {
        var state = $"desired {_lastDesired?.ToString(CultureInfo.InvariantCulture) ?? "unread"}, ready {_lastReady?.ToString(CultureInfo.InvariantCulture) ?? "unread"}, " +
                    $"metric {_lastMetric?.ToString("0.###", CultureInfo.InvariantCulture) ?? "unread"}, peak {Peak?.ToString(CultureInfo.InvariantCulture) ?? "unread"}, " +
                    $"{Timeline.Rows.Count} rows, {Timeline.Gaps} gaps";
        if (CannotStart is not null)
            return new ExpectationResult(false, $"a pod cannot start: {CannotStart} ({state})", elapsed);
        if (Timeline.Violations.Count > 0)
            return new ExpectationResult(false, $"oracle violated: {string.Join("; ", Timeline.Violations.Take(3))} ({state})", elapsed);
        if (GoalReached && expectation.GoalAfterInactiveWithin is { } within && _inactiveSince is { } since && _goalAt - since > within)
            return new ExpectationResult(false,
                $"{expectation.Goal} reached {(_goalAt - since)!.Value.TotalSeconds:0.#} s after the metric went inactive, allowed {within.TotalSeconds:0.#} s ({state})", elapsed);
        return GoalReached
            ? new ExpectationResult(true, $"{expectation.Goal} reached: {state}", elapsed)
            : new ExpectationResult(false, $"{expectation.Goal} not reached: {state}", elapsed);
    }
}

/// <summary>The timeline as a fixed-width table for the test output.</summary>
public static class TimelineText
{
    public static string Format(ReplicaTimeline timeline)
    {
        var builder = new StringBuilder("time         metric   desired ready  allowed / line\n");
        foreach (var r in timeline.Rows)
            builder.AppendLine(CultureInfo.InvariantCulture,
                $"{r.At:HH:mm:ss.f}  {r.Metric?.ToString("0.##", CultureInfo.InvariantCulture) ?? "-",-8} {r.Desired?.ToString(CultureInfo.InvariantCulture) ?? "-",-7} {r.Ready?.ToString(CultureInfo.InvariantCulture) ?? "-",-6} {(r.Kind == "sample" ? "" : r.Kind + " ")}{r.Allowed} {r.Line}");
        foreach (var v in timeline.Violations)
            builder.AppendLine("VIOLATION " + v);
        return builder.ToString();
    }
}

/// <summary>What a failed scaling expectation adds to the output: logs, events, the HPA.</summary>
public interface IScalingDiagnostics
{
    Task<string> CollectAsync(ScalingFollowsOracle expectation, CancellationToken cancellationToken);
}

/// <summary>
/// The operator, metrics-server and admission webhook logs (last lines), the namespace's events and the HPA as the
/// API returns it (kubectl describe hpa shows the same status, conditions and events). Each part that cannot be read
/// says so instead of failing the collection.
/// </summary>
public sealed class ScalingDiagnostics(IKubernetes client, string kedaNamespace) : IScalingDiagnostics
{
    public const int LogLines = 200;

    public async Task<string> CollectAsync(ScalingFollowsOracle expectation, CancellationToken cancellationToken)
    {
        var builder = new StringBuilder();
        foreach (var component in new[] { "keda-operator", "keda-operator-metrics-apiserver", "keda-admission-webhooks" })
            builder.AppendLine($"--- logs app={component} (last {LogLines} lines)").AppendLine(await Try(() => LogsAsync(component, cancellationToken)));
        builder.AppendLine($"--- events in {expectation.Namespace}").AppendLine(await Try(async () =>
        {
            var events = await client.CoreV1.ListNamespacedEventAsync(expectation.Namespace, cancellationToken: cancellationToken);
            return string.Join("\n", (events.Items ?? []).Select(e => $"{e.LastTimestamp:HH:mm:ss} {e.Type} {e.Reason} {e.InvolvedObject?.Kind}/{e.InvolvedObject?.Name}: {e.Message}"));
        }));
        builder.AppendLine($"--- HPA {expectation.Namespace}/{expectation.Hpa}").AppendLine(await Try(async () =>
        {
            var hpa = await client.AutoscalingV2.ReadNamespacedHorizontalPodAutoscalerAsync(expectation.Hpa, expectation.Namespace, cancellationToken: cancellationToken);
            return KubernetesYaml.Serialize(new { hpa.Spec, hpa.Status });
        }));
        return builder.ToString();
    }

    private async Task<string> LogsAsync(string app, CancellationToken cancellationToken)
    {
        var pods = await client.CoreV1.ListNamespacedPodAsync(kedaNamespace, labelSelector: $"app={app}", cancellationToken: cancellationToken);
        var builder = new StringBuilder();
        foreach (var pod in pods.Items ?? [])
        {
            await using var stream = await client.CoreV1.ReadNamespacedPodLogAsync(pod.Metadata.Name, kedaNamespace, tailLines: LogLines, cancellationToken: cancellationToken);
            using var reader = new StreamReader(stream);
            builder.AppendLine($"[{pod.Metadata.Name}]").Append(await reader.ReadToEndAsync(cancellationToken));
        }
        return builder.ToString();
    }

    private static async Task<string> Try(Func<Task<string>> read)
    {
        try
        {
            return await read();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return $"(could not read: {e.Message})";
        }
    }
}
