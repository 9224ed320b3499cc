using KedaGuidance.Harness.Scaling;

namespace KedaGuidance.Harness.Tests.Scaling;

public sealed class ScalingSpecReaderTests
{
    [Fact]
    public void Reads_the_guides_sqs_scaled_object_with_quoted_numbers()
    {
        var spec = ScalingSpecReader.Parse(GuideScaledObjects.Sqs);

        spec.Name.Should().Be("sqsconsumer-hpa");
        spec.Trigger.Should().Be(TriggerKind.AwsSqsQueue);
        (spec.MinReplicas, spec.MaxReplicas).Should().Be((0, 100));
        spec.PollingInterval.Should().Be(TimeSpan.FromSeconds(10));
        spec.CooldownPeriod.Should().Be(TimeSpan.FromSeconds(10));
        spec.TargetPerReplica.Should().Be(5, "queueLength: \"5\" is a string in KEDA's API");
        spec.ActivationThreshold.Should().Be(0);
        spec.ScaleOnInFlight.Should().BeTrue("KEDA's default");
        spec.Behavior.Should().Be(HpaBehavior.KubernetesDefault);
        spec.HpaMinReplicas.Should().Be(1);
    }

    [Fact]
    public void Reads_the_guides_prometheus_heredoc()
    {
        var spec = ScalingSpecReader.Parse(GuideScaledObjects.Prometheus);

        spec.Name.Should().Be("app-http-requests-minute");
        spec.Trigger.Should().Be(TriggerKind.Prometheus);
        (spec.MinReplicas, spec.MaxReplicas).Should().Be((1, 20));
        spec.TargetPerReplica.Should().Be(10, "threshold: '10'");
        spec.Query.Should().Be("sum(rate(adot_app_request_count_total[1m]))");
        spec.ActivationThreshold.Should().Be(0);
    }

    [Fact]
    public void Applies_keda_defaults_and_reads_json()
    {
        const string json = """
            {"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject","metadata":{"name":"x"},
             "spec":{"triggers":[{"type":"aws-sqs-queue","metadata":{"queueURL":"q","scaleOnInFlight":"false","queueLength":7}}]}}
            """;

        var spec = ScalingSpecReader.Parse(json);

        (spec.MinReplicas, spec.MaxReplicas).Should().Be((0, 100));
        spec.PollingInterval.Should().Be(TimeSpan.FromSeconds(30));
        spec.CooldownPeriod.Should().Be(TimeSpan.FromSeconds(300));
        spec.TargetPerReplica.Should().Be(7, "an unquoted number is read too");
        spec.ScaleOnInFlight.Should().BeFalse();
    }

    [Fact]
    public void Reads_the_hpa_behavior_override_from_advanced()
    {
        const string advanced = """
              advanced:
                horizontalPodAutoscalerConfig:
                  behavior:
                    scaleDown:
                      stabilizationWindowSeconds: 60
              triggers:
            """;
        var yaml = GuideScaledObjects.Prometheus.Replace("  triggers:\n", advanced + "\n", StringComparison.Ordinal);
        yaml.Should().Contain("stabilizationWindowSeconds: 60", "the test must really insert the override");

        var spec = ScalingSpecReader.Parse(yaml);

        spec.Behavior.ScaleDownStabilization.Should().Be(TimeSpan.FromSeconds(60));
        spec.Behavior.ScaleUpStabilization.Should().Be(TimeSpan.Zero, "scaleUp was not overridden");
    }

    [Theory]
    [InlineData("queueLength: \"5\"", "queueLength: \"five\"", "queueLength is 'five'")]
    [InlineData("minReplicaCount: 0", "minReplicaCount: -1", "spec.minReplicaCount is '-1'")]
    [InlineData("maxReplicaCount: 100", "maxReplicaCount: 0", "must satisfy")]
    [InlineData("type: aws-sqs-queue", "type: kafka", "trigger type 'kafka' is not modelled")]
    public void Bad_values_are_named(string original, string replacement, string expected)
    {
        var act = () => ScalingSpecReader.Parse(GuideScaledObjects.Sqs.Replace(original, replacement, StringComparison.Ordinal));

        act.Should().Throw<ScalingSpecException>().WithMessage($"*{expected}*");
    }

    [Fact]
    public void A_prometheus_trigger_without_threshold_is_an_error()
    {
        var act = () => ScalingSpecReader.Parse(GuideScaledObjects.Prometheus.Replace("threshold: '10'", "", StringComparison.Ordinal));

        act.Should().Throw<ScalingSpecException>().WithMessage("*threshold is missing*");
    }

    [Fact]
    public void A_document_without_a_scaled_object_is_an_error()
    {
        var act = () => ScalingSpecReader.Parse("kind: Deployment\nmetadata: {name: x}\n");

        act.Should().Throw<ScalingSpecException>().WithMessage("*No document with kind: ScaledObject*");
    }
}
