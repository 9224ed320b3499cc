using System.Globalization;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Scaling;

namespace KedaGuidance.Harness.Workloads.Timeline;

/// <summary>The bookkeeping of one timeline expectation: samples in, goal and violations out. Unit-tested with scripted sources.</summary>
public sealed class TimelineRun(ScalingFollowsOracle expectation, TimeProvider clock)
{
    /// <summary>How often the operator log is read for the expected lines while one is still unseen.</summary>
    public static readonly TimeSpan LogReadPeriod = TimeSpan.FromSeconds(5);

    private readonly Dictionary<OperatorLogLine, DateTimeOffset> _seen = [];
    private DateTimeOffset? _lastLogRead;
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
            State = workload is null ? null : $"pods: {workload.Pods}; {workload.Hpa}",
        });
        foreach (var line in events)
            Timeline.Record(new ReplicaObservation { At = at, Line = line });
        await LookForExpectedLinesAsync(source, at, cancellationToken);

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

    /// <summary>The timeline as the run record keeps it and the report draws it.</summary>
    public ScalingTimeline Evidence() => new(expectation.Metric.Name, expectation.Metric.Unit, [.. Timeline.Rows], OracleBand.Of(Timeline.Rows),
        [.. expectation.ExpectedLines.Select(l => new ExpectedLogLine(l.Source, l.Describe(), _seen.TryGetValue(l, out var at) ? at : null))]);

    /// <summary>The latest sample in words, for the wait's progress line.</summary>
    public string Latest() =>
        $"desired {_lastDesired?.ToString(CultureInfo.InvariantCulture) ?? "unread"}, ready {_lastReady?.ToString(CultureInfo.InvariantCulture) ?? "unread"}, " +
        $"{expectation.Metric.Name} {_lastMetric?.ToString("0.###", CultureInfo.InvariantCulture) ?? "unread"}";

    /// <summary>
    /// Reads the operator log at most every <see cref="LogReadPeriod"/> while an expected line is unseen; a line is
    /// "seen" at the sample that first found it. A failed read is an event on the timeline, not a miss.
    /// </summary>
    private async Task LookForExpectedLinesAsync(ITimelineSource source, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var unseen = expectation.ExpectedLines.Where(l => !_seen.ContainsKey(l)).ToArray();
        if (unseen.Length == 0 || (_lastLogRead is { } last && at - last < LogReadPeriod))
            return;
        _lastLogRead = at;
        try
        {
            foreach (var kedaNamespace in unseen.Select(l => l.KedaNamespace).Distinct())
            {
                var lines = await source.ReadOperatorLogAsync(kedaNamespace, cancellationToken);
                foreach (var expected in unseen.Where(l => l.KedaNamespace == kedaNamespace && lines.Any(l.Matches)))
                {
                    _seen[expected] = at;
                    Timeline.Record(new ReplicaObservation { At = at, Line = $"log line seen: {expected.Describe()}" });
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Timeline.Record(new ReplicaObservation { At = at, Line = $"operator log read failed: {e.Message}" });
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
