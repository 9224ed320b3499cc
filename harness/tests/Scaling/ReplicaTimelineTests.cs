using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Scaling;

namespace KedaGuidance.Harness.Tests.Scaling;

public sealed class ReplicaTimelineTests
{
    private static readonly DateTimeOffset T0 = DateTimeOffset.Parse("2026-01-01T12:00:00Z");
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(30);

    private static ReplicaTimeline SqsTimeline() => new(new ScalingOracle(ScalingSpecReader.Parse(GuideScaledObjects.Sqs)), Slack);

    // With the guide's cooldownPeriod 10 = pollingInterval 10, KEDA may go to 0 right after the last active poll;
    // KEDA's default cooldownPeriod (300 s) makes an early 0 detectable.
    private static ReplicaTimeline SqsTimelineWithDefaultCooldown()
    {
        var spec = ScalingSpecReader.Parse(GuideScaledObjects.Sqs);
        return new(new ScalingOracle(spec with { CooldownPeriod = TimeSpan.FromSeconds(300) }), Slack);
    }

    private static ReplicaObservation At(double seconds, double? metric = null, int? desired = null, int? ready = null,
        string? version = null, string? line = null) =>
        new() { At = T0.AddSeconds(seconds), Metric = metric, Desired = desired, Ready = ready, ResourceVersion = version, Line = line };

    [Fact]
    public void The_guides_sqs_run_scripted_has_no_violations()
    {
        var timeline = SqsTimeline();

        timeline.Record(At(0, metric: 0, desired: 0, ready: 0, version: "100"));
        timeline.Record(At(20, metric: 0, desired: 0, ready: 0));
        timeline.Record(At(25, metric: 500));
        timeline.Record(At(31, desired: 1, ready: 0, version: "110", line: "Successfully updated ScaleTarget"));
        timeline.Record(At(46, metric: 480, desired: 5, ready: 1, version: "120"));
        timeline.Record(At(61, metric: 400, desired: 10, ready: 5, version: "130"));
        timeline.Record(At(121, metric: 120, desired: 100, ready: 60, version: "170"));
        timeline.Record(At(200, metric: 0));
        timeline.Record(At(215, metric: 0, desired: 0, ready: 0, version: "200",
            line: "Successfully set ScaleTarget replicas count to ScaledObject minReplicaCount"));

        timeline.Violations.Should().BeEmpty();
        timeline.First(r => r.Desired > 0)!.At.Should().Be(T0.AddSeconds(31));
        timeline.Rows.Should().Contain(r => r.Event == "Successfully updated ScaleTarget");
    }

    [Fact]
    public void A_count_above_max_is_a_violation_with_time_and_values()
    {
        var timeline = SqsTimeline();

        timeline.Record(At(0, metric: 5_000));
        timeline.Record(At(30, desired: 101, version: "5"));

        timeline.Violations.Should().ContainSingle().Which.Should().Match<TimelineViolation>(v =>
            v.At == T0.AddSeconds(30) && v.Desired == 101 && v.LastMetric == 5_000 && v.Reason == "above maxReplicaCount");
    }

    [Fact]
    public void An_overshooting_metric_allows_exactly_max_and_flags_too_few_once_the_lag_has_passed()
    {
        var timeline = SqsTimeline();
        for (var s = 0; s <= 300; s += 10)
            timeline.Record(At(s, metric: 5_000));

        timeline.Record(At(300, desired: 100, version: "1"));
        timeline.Record(At(301, desired: 40, version: "2"));

        timeline.AllowedAt(T0.AddSeconds(300))!.Should().Match<ReplicaBand>(b => b.Low == 100 && b.High == 100);
        timeline.Violations.Should().ContainSingle().Which.Reason.Should().Be("below what the metric requires");
    }

    [Fact]
    public void A_failed_read_is_a_gap_never_zero_replicas_or_a_zero_metric()
    {
        var timeline = SqsTimelineWithDefaultCooldown();

        timeline.Record(At(0, metric: 500, desired: 1, version: "10"));
        timeline.Record(new ReplicaObservation { At = T0.AddSeconds(5), ReplicaReadFailure = "the server was unable to return a response in the time allotted" });
        timeline.Violations.Should().BeEmpty("a failed replica read taken as 0 replicas would be 'scaled to 0 5 s after metric 500'");

        timeline.Record(new ReplicaObservation { At = T0.AddSeconds(6), MetricReadFailure = "ThrottlingException" });
        timeline.Record(At(7, desired: 101, version: "11"));

        timeline.Gaps.Should().Be(2);
        timeline.Rows.Where(r => r.IsGap).Select(r => r.Kind).Should().Equal(TimelineRowKind.ReplicaGap, TimelineRowKind.MetricGap);
        timeline.Rows.Where(r => r.IsGap).Should().OnlyContain(r => r.Desired == null && r.Metric == null && r.Event!.Contains("read failed"));
        timeline.Violations.Should().ContainSingle().Which.LastMetric.Should().Be(500, "the failed metric read is not a metric of 0");
    }

    [Fact]
    public void A_watch_reconnect_replays_events_that_are_ignored()
    {
        var timeline = SqsTimelineWithDefaultCooldown();

        timeline.Record(At(0, metric: 500));
        timeline.Record(At(10, desired: 1, version: "200"));
        timeline.Record(At(25, desired: 5, version: "210"));
        // The watch dropped and reconnected: it replays the last state and an older event.
        timeline.Record(At(40, desired: 5, version: "210"));
        timeline.Record(At(40, desired: 0, version: "190"));
        timeline.Record(At(41, desired: 10, version: "220"));

        timeline.IgnoredEvents.Should().Be(2);
        timeline.Violations.Should().BeEmpty(
            "the replayed 0 replicas (resourceVersion 190) is history; taken as the present it would be 'scaled to 0' 40 s after 500 messages");
        timeline.Rows.Count(r => r.Kind == TimelineRowKind.Ignored).Should().Be(2);
    }

    [Fact]
    public void Non_numeric_resource_versions_drop_only_exact_repeats()
    {
        var timeline = SqsTimeline();

        timeline.Record(At(0, metric: 10, desired: 2, version: "abc"));
        timeline.Record(At(1, desired: 2, version: "abc"));
        timeline.Record(At(2, desired: 2, version: "abb"));

        timeline.IgnoredEvents.Should().Be(1);
    }

    [Fact]
    public void Scale_down_above_the_band_is_allowed_within_the_stabilization_window_then_flagged()
    {
        var timeline = new ReplicaTimeline(new ScalingOracle(ScalingSpecReader.Parse(GuideScaledObjects.Prometheus)), Slack);

        for (var s = -400; s <= 0; s += 10)
            timeline.Record(At(s, metric: 50));
        timeline.Record(At(0, desired: 5, version: "1"));
        timeline.Record(At(60, metric: 0));
        timeline.AllowedAt(T0.AddSeconds(200))!.Should().Match<ReplicaBand>(b => b.Low == 1 && b.High == 5);
        timeline.Record(At(200, desired: 5, version: "2"));
        timeline.Violations.Should().BeEmpty("300 s scale-down stabilization holds the 5");

        timeline.Record(At(60 + 300 + 10 + 15 + 30 + 1, desired: 5, version: "3"));
        timeline.Violations.Should().ContainSingle().Which.Reason.Should().Be("above what the metric allows");
    }

    [Fact]
    public void Prometheus_min_1_at_zero_replicas_is_a_violation()
    {
        var timeline = new ReplicaTimeline(new ScalingOracle(ScalingSpecReader.Parse(GuideScaledObjects.Prometheus)), Slack);

        timeline.Record(At(0, metric: 0, desired: 1, version: "1"));
        timeline.Record(At(400, metric: 0, desired: 0, version: "2"));

        timeline.Violations.Should().ContainSingle().Which.Allowed.Should().StartWith("1 ");
    }

    [Fact]
    public void Before_any_metric_nothing_is_checked_and_the_row_has_no_band()
    {
        var timeline = SqsTimeline();

        timeline.Record(At(0, desired: 3, version: "1"));

        timeline.Violations.Should().BeEmpty();
        timeline.Rows.Single().Allowed.Should().BeNull();
    }
}
