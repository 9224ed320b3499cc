using KedaGuidance.Harness.Scaling;
using KedaGuidance.Harness.Workloads;
using KedaGuidance.Harness.Workloads.Timeline;

namespace KedaGuidance.Harness.Tests.Workloads;

public sealed class TimelineRunTests
{
    private static readonly ScalingSpec Sqs = ScalingSpecReader.Parse(Scaling.GuideScaledObjects.Sqs);

    /// <summary>Scripted observations: one (metric or failure, desired or failure) per tick.</summary>
    private sealed class Ticks(params (double? Metric, int? Desired)[] ticks) : ITimelineSource
    {
        private int _metric;
        private int _workload;

        public Task<double> ReadMetricAsync(MetricSource source, CancellationToken cancellationToken) =>
            ticks[_metric++].Metric is { } m ? Task.FromResult(m) : Task.FromException<double>(new InvalidOperationException("throttled"));

        public Task<WorkloadSample> ReadWorkloadAsync(ScalingFollowsOracle expectation, CancellationToken cancellationToken) =>
            ticks[_workload++].Desired is { } d
                ? Task.FromResult(new WorkloadSample(d, d, $"Running {d}", "hpa"))
                : Task.FromException<WorkloadSample>(new InvalidOperationException("watch dropped"));

        public Task<IReadOnlyList<string>> ReadNewEventsAsync(string @namespace, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<string>>([]);

        public Task<IReadOnlyList<string>> ReadOperatorLogAsync(string kedaNamespace, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<string>>([]);
    }

    private static ScalingFollowsOracle Expectation(TimelineGoal goal, TimeSpan? afterInactive = null) =>
        new("keda-sqs-guidance", "sqs-consumer-backend", "keda-hpa-sqsconsumer-hpa", Sqs, new QueueDepthSource("q", true), goal, TimeSpan.FromSeconds(30))
        {
            Budget = Operations.WaitBudget.Sum(("test", TimeSpan.FromMinutes(5))),
            GoalAfterInactiveWithin = afterInactive,
        };

    private static async Task<TimelineRun> Play(ScalingFollowsOracle expectation, ITimelineSource source, int ticks, TimeSpan step, ManualClock clock)
    {
        var run = new TimelineRun(expectation, clock);
        for (var i = 0; i < ticks && !run.GoalReached && run.Timeline.Violations.Count == 0; i++)
        {
            await run.SampleAsync(source, CancellationToken.None);
            clock.Advance(step);
        }
        return run;
    }

    [Fact]
    public async Task Leaving_zero_is_met_at_the_first_desired_count_above_zero()
    {
        var clock = new ManualClock(DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
        var run = await Play(Expectation(TimelineGoal.LeaveZero), new Ticks((0, 0), (500, 0), (500, 1), (500, 4)), 4, TimeSpan.FromSeconds(1), clock);
        run.GoalReached.Should().BeTrue();
        run.Result(TimeSpan.FromSeconds(3)).Met.Should().BeTrue();
        run.Timeline.Rows.Should().HaveCount(3, "the fourth tick is never read once the goal is reached");
    }

    [Fact]
    public async Task Failed_reads_are_gaps_and_never_reach_a_goal_of_zero()
    {
        var clock = new ManualClock(DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
        var run = await Play(Expectation(TimelineGoal.ReturnToMin), new Ticks((null, 3), (5, null), (5, 3)), 3, TimeSpan.FromSeconds(1), clock);
        run.GoalReached.Should().BeFalse("a failed replica read is not 0 replicas");
        run.Timeline.Gaps.Should().Be(2);
        var result = run.Result(TimeSpan.FromSeconds(3));
        result.Met.Should().BeFalse();
        result.Observed.Should().Contain("ReturnToMin not reached").And.Contain("2 gaps");
    }

    [Fact]
    public async Task A_count_above_max_fails_at_once_with_the_violation()
    {
        var clock = new ManualClock(DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
        var run = await Play(Expectation(TimelineGoal.ReturnToMin), new Ticks((500, 50), (500, 101), (0, 0)), 3, TimeSpan.FromSeconds(1), clock);
        run.Timeline.Violations.Should().ContainSingle().Which.Reason.Should().Be("above maxReplicaCount");
        run.Result(TimeSpan.FromSeconds(2)).Observed.Should().StartWith("oracle violated");
    }

    [Fact]
    public async Task Returning_to_zero_later_than_allowed_after_the_metric_went_inactive_fails()
    {
        var clock = new ManualClock(DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
        // metric 0 from t=0; the Deployment only reaches 0 at t=60 s, allowed 50 s (cooldown 10 + polling 10 + slack 30).
        var ticks = Enumerable.Range(0, 6).Select(_ => ((double?)0, (int?)2)).Append((0, 0)).ToArray();
        var run = await Play(Expectation(TimelineGoal.ReturnToMin, TimeSpan.FromSeconds(50)), new Ticks(ticks), ticks.Length, TimeSpan.FromSeconds(10), clock);
        run.GoalReached.Should().BeTrue();
        run.Result(TimeSpan.FromSeconds(60)).Observed.Should().Contain("60 s after the metric went inactive, allowed 50 s");
        run.Result(TimeSpan.FromSeconds(60)).Met.Should().BeFalse();
    }

    [Fact]
    public async Task Reaching_the_oracle_band_needs_an_active_metric_and_the_average_value_count()
    {
        var prometheus = ScalingSpecReader.Parse(Scaling.GuideScaledObjects.Prometheus);
        var expectation = new ScalingFollowsOracle("ns", "sample-app", "hpa", prometheus, new ExternalMetricSource("ns", "s0-prometheus", "so"), TimelineGoal.ReachOracleBand, TimeSpan.FromSeconds(30))
        {
            Budget = Operations.WaitBudget.Sum(("test", TimeSpan.FromMinutes(5))),
        };
        var clock = new ManualClock(DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
        var run = await Play(expectation, new Ticks((50, 1), (50, 2), (50, 4), (50, 5)), 4, TimeSpan.FromSeconds(15), clock);
        run.GoalReached.Should().BeTrue();
        run.Peak.Should().Be(5, "ceil(50 / 10) = 5 is the first count in the oracle's band");
        run.Timeline.Rows.Should().HaveCount(4);
    }

    [Fact]
    public async Task A_consumer_pod_that_cannot_start_ends_the_timeline_with_the_pod_and_reason()
    {
        var clock = new ManualClock(DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
        var source = new StuckPods();
        var run = new TimelineRun(Expectation(TimelineGoal.LeaveZero), clock);

        await run.SampleAsync(source, CancellationToken.None);

        run.CannotStart.Should().Be("pod sqs-consumer-backend-1, container sqs-consumer, image kedaguidance/sqsconsumer:kg-1: ErrImageNeverPull");
        var result = run.Result(TimeSpan.FromSeconds(1));
        result.Met.Should().BeFalse();
        result.Observed.Should().StartWith("a pod cannot start: pod sqs-consumer-backend-1");
    }

    private sealed class StuckPods : ITimelineSource
    {
        public Task<double> ReadMetricAsync(MetricSource source, CancellationToken cancellationToken) => Task.FromResult(500d);

        public Task<WorkloadSample> ReadWorkloadAsync(ScalingFollowsOracle expectation, CancellationToken cancellationToken) =>
            Task.FromResult(new WorkloadSample(0, 0, "Pending 1", "hpa",
                "pod sqs-consumer-backend-1, container sqs-consumer, image kedaguidance/sqsconsumer:kg-1: ErrImageNeverPull"));

        public Task<IReadOnlyList<string>> ReadNewEventsAsync(string @namespace, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<string>>([]);

        public Task<IReadOnlyList<string>> ReadOperatorLogAsync(string kedaNamespace, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<string>>([]);
    }
}

/// <summary>A clock the test advances by hand.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
