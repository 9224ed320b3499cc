namespace KedaGuidance.Harness.Guide;

/// <summary>
/// The files of the guide's repository that the implementation guide refers to, by the role they play in it.
/// Paths are relative to the repository root, as the guide's commands use them.
/// </summary>
public static class GuideLayout
{
    public const string EnvScript = "setup/env.sh";
    public const string ClusterConfig = "setup/cluster.yaml";
    public const string KedaValuesTemplate = "keda/keda-values.yaml.template";
    public const string KedaTrustPolicy = "keda/trust-policy-keda-operator.json";
    public const string SqsScaledObject = "scaledobject-samples/amazonsqs/scaledobject-sqs.yaml";
    public const string SqsKedaPolicy = "scaledobject-samples/amazonsqs/setup/keda-sqs-policy.json";
    public const string SqsConsumerDeployment = "scaledobject-samples/amazonsqs/setup/sqs-consumer-deployment.yaml";
    public const string SqsConsumerPolicy = "scaledobject-samples/amazonsqs/setup/sqs-consumer-policy.json";
    public const string SqsConsumerDockerfile = "scaledobject-samples/amazonsqs/sample-app/Dockerfile";
    public const string SqsConsumerScript = "scaledobject-samples/amazonsqs/sample-app/sqs-consumer.py";
    public const string PrometheusRequirementsTemplate = "scaledobject-samples/prometheus/cloudformation/requirements.yaml";
    public const string PrometheusCreateRequirements = "scaledobject-samples/prometheus/setup/create_requirements.sh";
    public const string PrometheusKedaPolicy = "scaledobject-samples/prometheus/setup/keda-prometheus-policy.json";
    public const string AdotConfigMap = "scaledobject-samples/prometheus/adot/configmap.yaml";
    public const string AdotCollector = "scaledobject-samples/prometheus/adot/collector.yaml";
    public const string SigV4Proxy = "scaledobject-samples/prometheus/sigv4/keda-sigv4.yaml";
    public const string SampleAppManifest = "scaledobject-samples/prometheus/sample-app/app.yaml";
    public const string SampleAppDockerfile = "scaledobject-samples/prometheus/sample-app/Dockerfile";
    public const string SampleAppScript = "scaledobject-samples/prometheus/sample-app/app.py";
    public const string SampleAppRequirements = "scaledobject-samples/prometheus/sample-app/requirements.txt";
    public const string Cloud9Template = "setup/cloud9-instance-enviroment.yaml";
}
