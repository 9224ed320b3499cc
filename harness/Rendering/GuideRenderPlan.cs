using KedaGuidance.Harness.Guide;

namespace KedaGuidance.Harness.Rendering;

/// <summary>
/// Which file gets which treatment, as the implementation guide does it. envsubst: the files it pipes through
/// <c>envsubst &lt; f</c>; sed: the files it edits with <c>sed -i "s|{VAR}|$VAR|g"</c> (the sample app manifest, the
/// ADOT ConfigMap and collector, the SigV4 proxy). Files the guide applies unrendered are not listed.
/// </summary>
public static class GuideRenderPlan
{
    public static IReadOnlyList<RenderedFileSpec> Files { get; } =
    [
        Env(GuideLayout.ClusterConfig, "envsubst < setup/cluster.yaml > /tmp/cluster.yaml (setup/env.sh)"),
        Env(GuideLayout.KedaTrustPolicy, "envsubst < keda/trust-policy-keda-operator.json > /tmp/trust-policy-keda-operator.json"),
        Env(GuideLayout.KedaValuesTemplate, "envsubst < keda/keda-values.yaml.template > keda/keda-values.yaml"),
        Env(GuideLayout.SqsKedaPolicy, "envsubst < scaledobject-samples/amazonsqs/setup/keda-sqs-policy.json"),
        Env(GuideLayout.SqsConsumerPolicy, "envsubst < scaledobject-samples/amazonsqs/setup/sqs-consumer-policy.json"),
        Env(GuideLayout.SqsConsumerDeployment, "envsubst < scaledobject-samples/amazonsqs/setup/sqs-consumer-deployment.yaml"),
        Env(GuideLayout.SqsScaledObject, "envsubst < scaledobject-samples/amazonsqs/scaledobject-sqs.yaml"),
        Env(GuideLayout.PrometheusKedaPolicy, "envsubst < scaledobject-samples/prometheus/setup/keda-prometheus-policy.json"),
        Sed(GuideLayout.SampleAppManifest, ["SAMPLE_APP_ECR"], "sed -i \"s|{SAMPLE_APP_ECR}|$SAMPLE_APP_ECR|g\" ./scaledobject-samples/prometheus/sample-app/app.yaml"),
        Sed(GuideLayout.AdotConfigMap, ["PROMETHEUS_ENDPOINT", "AWS_REGION"], "sed -i \"s|{PROMETHEUS_ENDPOINT}|$PROMETHEUS_ENDPOINT|g\"; sed -i \"s|{AWS_REGION}|$AWS_REGION|g\" ./scaledobject-samples/prometheus/adot/configmap.yaml"),
        Sed(GuideLayout.AdotCollector, ["AWS_REGION"], "sed -i \"s|{AWS_REGION}|$AWS_REGION|g\" ./scaledobject-samples/prometheus/adot/collector.yaml"),
        Sed(GuideLayout.SigV4Proxy, ["AWS_REGION"], "sed -i \"s|{AWS_REGION}|$AWS_REGION|g\" ./scaledobject-samples/prometheus/sigv4/keda-sigv4.yaml"),
    ];

    public static RenderedFileSpec For(string path) =>
        Files.FirstOrDefault(f => f.Path == path)
        ?? throw new KeyNotFoundException($"The guide does not render {path}; it applies it as it is.");

    private static RenderedFileSpec Env(string path, string command) => new(path, Substitution.Envsubst, [], command);

    private static RenderedFileSpec Sed(string path, IReadOnlyList<string> variables, string command) => new(path, Substitution.Sed, variables, command);
}
