using KedaGuidance.Harness.Kubernetes;
using KedaGuidance.Harness.Workloads;

namespace KedaGuidance.Harness.Tests.Workloads;

public sealed class ManifestOverlayTests
{
    private const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: sqs-consumer-backend
          namespace: keda-sqs-guidance
        spec:
          replicas: 0
          selector:
            matchLabels:
              app: sqs-consumer-backend
          template:
            metadata:
              labels:
                app: sqs-consumer-backend
            spec:
              containers:
              - name: sqs-consumer
                image: 123456789012.dkr.ecr.us-west-2.amazonaws.com/sqsconsumer:latest
                env:
                - name: MAX_MSGS_PER_BATCH
                  value: "5"
        """;

    [Fact]
    public void Image_and_env_are_set_on_the_named_container_and_the_result_still_applies()
    {
        var yaml = ManifestOverlay.Parse("d.yaml", Deployment)
            .SetImage("sqs-consumer-backend", "sqs-consumer", "kedaguidance/sqsconsumer:r1", "IfNotPresent")
            .AddEnv("sqs-consumer-backend", "sqs-consumer", [("AWS_ENDPOINT_URL", "http://localstack:4566")])
            .ToYaml();

        var overlay = ManifestOverlay.Parse("again", yaml);
        overlay.Env("sqs-consumer-backend", "sqs-consumer").Should().Contain("AWS_ENDPOINT_URL", "http://localstack:4566").And.Contain("MAX_MSGS_PER_BATCH", "5");
        yaml.Should().Contain("image: kedaguidance/sqsconsumer:r1").And.Contain("imagePullPolicy: IfNotPresent").And.Contain("replicas: 0");
        Manifest.Parse("again", yaml, "r1").Should().ContainSingle().Which.Reference.Name.Should().Be("sqs-consumer-backend");
    }

    [Fact]
    public void An_env_var_the_guide_already_sets_is_never_overridden()
    {
        var act = () => ManifestOverlay.Parse("d.yaml", Deployment).AddEnv("sqs-consumer-backend", "sqs-consumer", [("MAX_MSGS_PER_BATCH", "50")]);
        act.Should().Throw<ManifestOverlayException>().WithMessage("*already sets MAX_MSGS_PER_BATCH*");
    }

    [Fact]
    public void A_missing_object_or_container_names_what_is_missing()
    {
        var overlay = ManifestOverlay.Parse("d.yaml", Deployment);
        FluentActions.Invoking(() => overlay.SetImage("other", "sqs-consumer", "i", "IfNotPresent"))
            .Should().Throw<ManifestOverlayException>().WithMessage("d.yaml has no Deployment named other*");
        FluentActions.Invoking(() => overlay.SetImage("sqs-consumer-backend", "nope", "i", "IfNotPresent"))
            .Should().Throw<ManifestOverlayException>().WithMessage("*no container named nope*");
    }

    [Fact]
    public void Trigger_metadata_is_set_quoted_and_readable_as_a_field()
    {
        var yaml = ManifestOverlay.Parse("so.yaml", Scaling.GuideScaledObjects.Sqs)
            .SetTriggerMetadata("sqsconsumer-hpa", "awsEndpoint", "http://localstack:4566")
            .SetTriggerMetadata("sqsconsumer-hpa", "queueURL", "http://localstack:4566/000000000000/app-queue")
            .ToYaml();
        ScaledObjectFields.Read(yaml, "awsEndpoint").Should().Be("http://localstack:4566");
        ScaledObjectFields.Read(yaml, "queueURL").Should().Be("http://localstack:4566/000000000000/app-queue");
        ScaledObjectFields.Read(yaml, "cooldownPeriod").Should().Be("10");
        ScaledObjectFields.Read(yaml, "queueLength").Should().Be("5");
        KedaGuidance.Harness.Scaling.ScalingSpecReader.Parse(yaml).TargetPerReplica.Should().Be(5);
    }
}
