namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>
/// What KEDA accepts in a trigger, as of the pinned release (2.16.1). Trigger types: the switch of
/// kedacore/keda pkg/scaling/scalers_builder.go. Parameters of the two scalers the guide uses: kedacore/keda
/// pkg/scalers/aws_sqs_queue_scaler.go and prometheus_scaler.go at v2.16.1 and keda-docs content/docs/2.16/scalers
/// (aws-sqs.md, prometheus.md). Versions are compared with the pinned chart version, so a deprecation or removal
/// is reported only when the pinned KEDA has it.
/// </summary>
public static class KedaScalers
{
    private static readonly Version V2_12 = new(2, 12);
    private static readonly Version V2_13 = new(2, 13);

    public static IReadOnlySet<string> TriggerTypes { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "activemq", "apache-kafka", "arangodb", "artemis-queue", "aws-cloudwatch", "aws-dynamodb", "aws-dynamodb-streams",
        "aws-kinesis-stream", "aws-sqs-queue", "azure-app-insights", "azure-blob", "azure-data-explorer", "azure-eventhub",
        "azure-log-analytics", "azure-monitor", "azure-pipelines", "azure-queue", "azure-servicebus", "beanstalkd",
        "cassandra", "couchdb", "cpu", "cron", "datadog", "dynatrace", "elasticsearch", "etcd", "external", "external-push",
        "gcp-cloudtasks", "gcp-pubsub", "gcp-stackdriver", "gcp-storage", "github-runner", "graphite", "huawei-cloudeye",
        "ibmmq", "influxdb", "kafka", "kubernetes-workload", "liiklus", "loki", "memory", "metrics-api", "mongodb", "mssql",
        "mysql", "nats-jetstream", "new-relic", "nsq", "openstack-metric", "openstack-swift", "postgresql", "predictkube",
        "prometheus", "pulsar", "rabbitmq", "redis", "redis-cluster", "redis-cluster-streams", "redis-sentinel",
        "redis-sentinel-streams", "redis-streams", "selenium-grid", "solace-event-queue", "solr", "splunk", "stan",
    };

    private static readonly ScalerParameter IdentityOwner = new("identityOwner", ParameterType.Choice, Choices: ["pod", "operator"],
        DeprecatedIn: V2_13, Note: "KEDA 2.13 deprecated identityOwner (to be removed in v3) in favour of a TriggerAuthentication with podIdentity.provider: aws");

    // AWS credentials a trigger may name directly (KEDA resolves them as auth parameters); listed so they are not "unknown".
    private static readonly ScalerParameter[] AwsAuth =
    [
        new("awsRoleArn", ParameterType.Text), new("awsAccessKeyID", ParameterType.Text), new("awsSecretAccessKey", ParameterType.Text),
        new("awsSessionToken", ParameterType.Text),
    ];

    public static IReadOnlyDictionary<string, ScalerSpec> Documented { get; } = new Dictionary<string, ScalerSpec>(StringComparer.Ordinal)
    {
        ["aws-sqs-queue"] = new("aws-sqs-queue",
        [
            new("queueURL", ParameterType.Text),
            new("queueURLFromEnv", ParameterType.Text),
            new("queueLength", ParameterType.Integer),
            new("activationQueueLength", ParameterType.Integer),
            new("awsRegion", ParameterType.Text, Required: true),
            new("awsEndpoint", ParameterType.Url),
            new("scaleOnInFlight", ParameterType.Boolean),
            new("scaleOnDelayed", ParameterType.Boolean),
            IdentityOwner,
            .. AwsAuth,
        ], [["queueURL", "queueURLFromEnv"]]),
        ["prometheus"] = new("prometheus",
        [
            new("serverAddress", ParameterType.Url, Required: true),
            new("query", ParameterType.Text, Required: true),
            new("threshold", ParameterType.Float, Required: true),
            new("activationThreshold", ParameterType.Float),
            new("namespace", ParameterType.Text),
            new("customHeaders", ParameterType.Text),
            new("queryParameters", ParameterType.Text),
            new("ignoreNullValues", ParameterType.Boolean),
            new("unsafeSsl", ParameterType.Boolean),
            new("authModes", ParameterType.Text),
            new("awsRegion", ParameterType.Text, Note: "since KEDA 2.13, awsRegion with AWS credentials makes the scaler sign its queries with SigV4 for Amazon Managed Service for Prometheus itself"),
            IdentityOwner with { Note = IdentityOwner.Note + "; on the prometheus trigger (KEDA ≥ 2.13) identityOwner: operator also makes KEDA sign every query with the operator's IAM role, so the SigV4 proxy is not needed" },
            new("metricName", ParameterType.Text, RemovedIn: V2_12,
                Note: "KEDA 2.12 removed metricName: it is ignored and the external metric is named s<trigger index>-prometheus (s0-prometheus in kubectl get hpa)"),
            new("cortexOrgID", ParameterType.Text, RemovedIn: V2_12, Note: "removed in KEDA 2.12; use customHeaders: X-Scope-OrgID=<id>"),
            .. AwsAuth,
        ], []),
    };

    /// <summary>Go's strconv.ParseBool, which KEDA uses.</summary>
    public static bool IsGoBool(string value) => value is "1" or "t" or "T" or "TRUE" or "true" or "True" or "0" or "f" or "F" or "FALSE" or "false" or "False";
}
