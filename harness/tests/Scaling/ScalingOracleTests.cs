using KedaGuidance.Harness.Scaling;

namespace KedaGuidance.Harness.Tests.Scaling;

public sealed class ScalingOracleTests
{
    private static readonly ScalingOracle Sqs = new(ScalingSpecReader.Parse(GuideScaledObjects.Sqs));
    private static readonly ScalingOracle Prometheus = new(ScalingSpecReader.Parse(GuideScaledObjects.Prometheus));

    private static ScalingOracle SqsWith(double queueLength, int max = 100, int min = 0, bool scaleOnInFlight = true) =>
        new(Sqs.Spec with { TargetPerReplica = queueLength, MaxReplicas = max, MinReplicas = min, ScaleOnInFlight = scaleOnInFlight });

    // keda.sh, aws-sqs-queue, queueLength: "if one pod can handle 10 messages, set the queue length target to 10.
    // If the actual messages in the SQS Queue is 30, the scaler scales to 3 pods."
    [Fact]
    public void Keda_documented_example_30_messages_at_queueLength_10_scale_to_3() =>
        SqsWith(queueLength: 10).SteadyReplicas(30).Should().Be(3);

    // The guide: 500 messages, queueLength 5 → 100 pods, which is also maxReplicaCount.
    [Fact]
    public void Guide_sqs_case_500_messages_at_queueLength_5_is_100()
    {
        Sqs.SteadyReplicas(500).Should().Be(100);
        Sqs.SteadyBand(500).Should().Match<ReplicaBand>(b => b.High == 100 && b.Contains(100));
    }

    [Fact]
    public void A_metric_that_overshoots_max_is_bounded_by_maxReplicaCount()
    {
        Sqs.SteadyReplicas(5_000).Should().Be(100, "ceil(5000 / 5) = 1000 is above maxReplicaCount 100");
        Prometheus.SteadyReplicas(1_000).Should().Be(20, "ceil(1000 / 10) = 100 is above maxReplicaCount 20");
        Sqs.SteadyBand(5_000).High.Should().Be(100);
    }

    // keda.sh, aws-sqs-queue: "actual messages" = ApproximateNumberOfMessages + ApproximateNumberOfMessagesNotVisible,
    // unless scaleOnInFlight is false.
    [Fact]
    public void Sqs_metric_counts_in_flight_messages_unless_scaleOnInFlight_is_false()
    {
        Sqs.SqsMetric(visible: 20, inFlight: 10).Should().Be(30);
        SqsWith(5, scaleOnInFlight: false).SqsMetric(visible: 20, inFlight: 10).Should().Be(20);
    }

    [Fact]
    public void Activation_is_strictly_greater_than_the_activation_value()
    {
        Sqs.IsActive(0).Should().BeFalse("activationQueueLength 0: an empty queue does not activate");
        Sqs.IsActive(1).Should().BeTrue();
        var activation3 = new ScalingOracle(Sqs.Spec with { ActivationThreshold = 3 });
        activation3.IsActive(3).Should().BeFalse("3 is not greater than 3");
        activation3.IsActive(3.5).Should().BeTrue();
    }

    [Fact]
    public void Sqs_inactive_goes_to_zero_and_a_single_message_to_one()
    {
        Sqs.SteadyReplicas(0).Should().Be(0, "minReplicaCount 0: KEDA scales to 0 after cooldownPeriod");
        Sqs.SteadyReplicas(1).Should().Be(1, "ceil(1/5) = 1");
        Sqs.SteadyBand(0).Should().Match<ReplicaBand>(b => b.Low == 0 && b.High == 1, "0 only after the cooldown, 1 until then");
        Sqs.Recommend(metric: 1, current: 0).Should().Be(1, "KEDA activates 0 → max(min, 1)");
        Sqs.Recommend(metric: 0, current: 0).Should().Be(0);
    }

    // The guide's prometheus case: threshold 10, 50 req/s → 5 replicas, bounded 1..20.
    [Theory]
    [InlineData(50, 5)]
    [InlineData(25, 3)]
    [InlineData(10, 1)]
    [InlineData(10.5, 2)]
    [InlineData(0, 1)]
    [InlineData(199, 20)]
    [InlineData(250, 20)]
    public void Guide_prometheus_case_threshold_10_bounded_1_to_20(double requestsPerSecond, int replicas) =>
        Prometheus.SteadyReplicas(requestsPerSecond).Should().Be(replicas);

    [Fact]
    public void Prometheus_min_1_never_goes_to_zero()
    {
        Prometheus.Spec.HpaMinReplicas.Should().Be(1);
        Prometheus.SteadyReplicas(0).Should().Be(1, "minReplicaCount 1: inactive means 1, not 0");
        Prometheus.SteadyBand(0).Should().Match<ReplicaBand>(b => b.Low == 1 && b.High == 1);
        Prometheus.Recommend(metric: 0, current: 5).Should().Be(1);
    }

    // AverageValue: the HPA divides the external metric by (target × currentReplicas); currentReplicas cancels out.
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(12)]
    public void AverageValue_recommendation_does_not_depend_on_the_current_count_outside_tolerance(int current) =>
        Prometheus.Recommend(metric: 50, current: current).Should().Be(5);

    // kubernetes.io HPA: "The control plane skips any scaling action if the ratio is sufficiently close to 1.0
    // (within a globally-configurable tolerance, 0.1 by default)."
    [Fact]
    public void Hpa_tolerance_keeps_the_current_count_within_ten_percent()
    {
        Prometheus.WithinTolerance(metric: 54, current: 5).Should().BeTrue("54 / (10 × 5) = 1.08");
        Prometheus.Recommend(metric: 54, current: 5).Should().Be(5, "ceil(5.4) would be 6, but 8 % is within tolerance");
        Prometheus.Recommend(metric: 56, current: 5).Should().Be(6, "56 / 50 = 1.12 is outside tolerance");
        Prometheus.Recommend(metric: 46, current: 5).Should().Be(5, "46 / 50 = 0.92");
        Prometheus.Recommend(metric: 44, current: 5).Should().Be(5, "44 / 50 = 0.88 is outside, but ceil(4.4) = 5 anyway");
        Prometheus.Recommend(metric: 39, current: 5).Should().Be(4);
    }

    // kubernetes.io HPA: "if the current metric value is 200m, and the desired value is 100m, the number of replicas
    // will be doubled ... If the current value is instead 50m, you'll halve the number of replicas".
    [Fact]
    public void Kubernetes_documented_ratio_example_doubles_and_halves()
    {
        // AverageValue with target 10: the per-replica value 20 (200 % of target) on 4 replicas is a metric of 80.
        Prometheus.Recommend(metric: 80, current: 4).Should().Be(8);
        Prometheus.Recommend(metric: 20, current: 4).Should().Be(2);
    }

    [Fact]
    public void Steady_band_contains_every_count_the_tolerance_leaves_alone()
    {
        var band = Prometheus.SteadyBand(105);

        band.Low.Should().Be(10, "105 / (10 × 10) = 1.05: 10 replicas stay");
        band.High.Should().Be(11, "ceil(10.5) = 11, and 105 / 110 = 0.95 keeps 11 too");
        band.Contains(12).Should().BeFalse("105 / 120 = 0.875 is outside tolerance");
    }

    // HPAScalingRules: scale down "the highest recommendation for the last 300sec is used".
    [Fact]
    public void Scale_down_is_held_at_the_highest_recommendation_of_the_window()
    {
        var now = DateTimeOffset.Parse("2026-01-01T00:10:00Z");
        var history = new[] { (now.AddSeconds(-290), 5), (now.AddSeconds(-200), 3), (now.AddSeconds(-30), 1) };

        Prometheus.Stabilize(current: 5, history, now, recommendationNow: 1).Should().Be(5, "5 was recommended 290 s ago");
        Prometheus.Stabilize(current: 5, history, now.AddSeconds(20), recommendationNow: 1).Should().Be(3, "the 5 has left the window");
        Prometheus.Stabilize(current: 5, history, now.AddSeconds(200), recommendationNow: 1).Should().Be(1);
    }

    [Fact]
    public void Scale_up_is_immediate_with_the_default_zero_window()
    {
        var now = DateTimeOffset.Parse("2026-01-01T00:10:00Z");
        var history = new[] { (now.AddSeconds(-15), 1) };

        Prometheus.Stabilize(current: 1, history, now, recommendationNow: 5).Should().Be(5);
        var slowUp = new ScalingOracle(Prometheus.Spec with { Behavior = Prometheus.Spec.Behavior with { ScaleUpStabilization = TimeSpan.FromSeconds(60) } });
        slowUp.Stabilize(current: 1, history, now, recommendationNow: 5).Should().Be(1, "a 60 s scale-up window takes the lowest recommendation");
    }

    // HPAScalingRules default scale-up policy: "allow doubling the number of pods, or an absolute change of 4 pods in
    // a 15s window" (the larger wins): 1 → 5 → 10 → 20 → 40 → 80 → 160.
    [Theory]
    [InlineData(1, 1, 0)]
    [InlineData(1, 5, 1)]
    [InlineData(1, 20, 3)]
    [InlineData(1, 100, 6)]
    public void Scale_up_steps_follow_the_default_policies(int from, int to, int steps) =>
        ScalingOracle.ScaleUpSteps(from, to).Should().Be(steps);

    [Fact]
    public void Sqs_metric_is_refused_for_a_prometheus_trigger()
    {
        var act = () => Prometheus.SqsMetric(1, 1);

        act.Should().Throw<InvalidOperationException>();
    }
}
