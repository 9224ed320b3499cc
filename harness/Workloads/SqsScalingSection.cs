using KedaGuidance.Harness.Aws;
using KedaGuidance.Harness.Aws.Ecr;
using KedaGuidance.Harness.Aws.Eksctl;
using KedaGuidance.Harness.Aws.Iam;
using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Kubernetes;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Scaling;
using KedaGuidance.Harness.Teardown;

namespace KedaGuidance.Harness.Workloads;

/// <summary>
/// The cluster side of the guide's "Scaled Object for Amazon SQS Queue", step by step, on top of the AWS side
/// (<see cref="GuideSqsSection"/>: the queue, the messages, the policies). One instance per scenario.
/// </summary>
public sealed class SqsScalingSection(IExecutor executor, TeardownLedger ledger, RunRecorder recorder, SuiteSettings settings,
    string guideRoot, GuideSqsSection aws, ScalingTarget target) : IScaledObjectSection
{
    public const string Namespace = "keda-sqs-guidance";
    public const string Deployment = "sqs-consumer-backend";
    public const string Container = "sqs-consumer";
    public const string ServiceAccount = "sqsconsumer";
    public const string ScaledObjectName = "sqsconsumer-hpa";
    public const string Hpa = "keda-hpa-" + ScaledObjectName;
    public const string EcrRepository = "sqsconsumer";
    public const string KedaNamespace = "keda";
    public const string ConsumerFolder = "scaledobject-samples/amazonsqs/sample-app";

    private readonly ClusterActions _cluster = new(executor, ledger, settings.RunId, settings.Slack);
    private string? _image;

    /// <summary>The ScaledObject exactly as applied (after target deviations), and what the oracle reads from it.</summary>
    public string? ScaledObjectYaml { get; private set; }
    public ScalingSpec Spec => _spec ?? throw new InvalidOperationException("The ScaledObject has not been rendered yet (\"the guide's ScaledObject … is applied\").");
    private ScalingSpec? _spec;

    public ScalingAllowances Allowances => new(Spec, settings.Slack);

    /// <summary>kubectl create namespace keda-sqs-guidance.</summary>
    public Task CreateNamespaceAsync(CancellationToken cancellationToken) => _cluster.CreateNamespaceAsync(Namespace, cancellationToken);

    /// <summary>
    /// docker build -t sqsconsumer …; eks: ECR as the guide does (create-repository, login, tag, push); local: loaded
    /// into k3s as kedaguidance/sqsconsumer:RUNID (declared deviation).
    /// </summary>
    public async Task<string> BuildConsumerImageAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(guideRoot, ConsumerFolder);
        if (target.IsLocal)
        {
            _image = target.LocalImage("sqsconsumer");
            recorder.Declare(new DeclaredDeviation("sqsconsumer-image", "local",
                "docker build -t sqsconsumer …; aws ecr create-repository …; docker push ${ACCOUNT_ID}.dkr.ecr.${AWS_REGION}.amazonaws.com/sqsconsumer",
                $"builds the same Dockerfile as {_image}, imports it into k3s and sets imagePullPolicy IfNotPresent on the Deployment",
                "k3s has no ECR; the image is built from the guide's Dockerfile unchanged"));
            await executor.RunAsync(new LoadImageIntoCluster(folder, _image), cancellationToken);
            return _image;
        }
        if (await executor.RunAsync(new EcrRepositoryExists(EcrRepository), cancellationToken))
            throw new ResourceNotOursException("ECR repository", EcrRepository, $"account {target.Account}");
        await executor.RunAsync(new CreateRepository(EcrRepository, settings.RunId), cancellationToken);
        ledger.Register($"ecr repository {EcrRepository}", new DeleteRepository(EcrRepository));
        var registry = $"{target.Account}.dkr.ecr.{target.Region}.amazonaws.com";
        return _image = await executor.RunAsync(new PushImageToEcr(folder, "sqsconsumer:latest", registry, EcrRepository, target.Region), cancellationToken);
    }

    /// <summary>
    /// eks: the sqsconsumer policy, sqsgetattributes attached to the KEDA operator role of "Install KEDA", and
    /// eksctl create iamserviceaccount sqsconsumer. local: a plain ServiceAccount (no IRSA), a declared deviation.
    /// </summary>
    public async Task CreateConsumerServiceAccountAsync(CancellationToken cancellationToken)
    {
        if (target.IsLocal)
        {
            recorder.Declare(new DeclaredDeviation("sqsconsumer-serviceaccount", "local",
                "eksctl create iamserviceaccount --name sqsconsumer --namespace keda-sqs-guidance … --attach-policy-arn …/sqsconsumer",
                "creates the ServiceAccount sqsconsumer without an IAM role; the consumer gets LocalStack's endpoint and placeholder credentials from env",
                "k3s has no IAM OIDC provider (no IRSA); LocalStack does not check credentials"));
            await _cluster.ApplyAsync("ServiceAccount sqsconsumer (local deviation)",
                $"apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: {ServiceAccount}\n  namespace: {Namespace}\n", Namespace, cancellationToken);
            return;
        }
        var rendered = aws.Render(GuideEnvironmentOidcNotUsed);
        var getAttributes = await aws.CreatePolicyAsync("sqsgetattributes", GuideLayout.SqsKedaPolicy, cancellationToken);
        var role = rendered.Environment["KEDA_OPERATOR_ROLENAME"];
        await executor.RunAsync(new AttachRolePolicy(role, getAttributes), cancellationToken);
        ledger.Register($"iam attachment {getAttributes} to role {role}", new DetachRolePolicy(role, getAttributes));
        var consumerPolicy = await aws.CreatePolicyAsync("sqsconsumer", GuideLayout.SqsConsumerPolicy, cancellationToken);
        await new EksctlServiceAccounts(executor, ledger, settings.RunId).CreateAsync(rendered.Environment["CLUSTER_NAME"], Namespace, ServiceAccount,
            [consumerPolicy], ConsumerRoleName, "the guide's IAM service account for the consumer", cancellationToken);
    }

    /// <summary>The guide's --role-name of the consumer's IAM service account.</summary>
    public const string ConsumerRoleName = "sqsconsumerrole";

    /// <summary>envsubst &lt; sqs-consumer-deployment.yaml | kubectl apply -f - (with the target's image and, on local, LocalStack's endpoint).</summary>
    public async Task ApplyConsumerDeploymentAsync(CancellationToken cancellationToken)
    {
        var image = _image ?? throw new InvalidOperationException("Build the consumer image first.");
        var yaml = aws.Render(GuideEnvironmentOidcNotUsed)[GuideLayout.SqsConsumerDeployment].Text;
        if (target.IsLocal)
        {
            var endpoint = target.InClusterAwsEndpoint!.ToString().TrimEnd('/');
            recorder.Declare(new DeclaredDeviation("sqsconsumer-localstack-env", "local",
                "the Deployment's env: RELIABLE_QUEUE_NAME, AWS_REGION, … (credentials from IRSA)",
                $"adds AWS_ENDPOINT_URL={endpoint}, AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY={ScalingTarget.LocalStackDummyKey} to container {Container}",
                "the consumer must reach LocalStack (boto3 honours AWS_ENDPOINT_URL) and boto3 needs some credentials"));
            yaml = ManifestOverlay.Parse(GuideLayout.SqsConsumerDeployment, yaml)
                .SetImage(Deployment, Container, image, "IfNotPresent")
                .AddEnv(Deployment, Container, [("AWS_ENDPOINT_URL", endpoint), ("AWS_ACCESS_KEY_ID", ScalingTarget.LocalStackDummyKey), ("AWS_SECRET_ACCESS_KEY", ScalingTarget.LocalStackDummyKey)])
                .ToYaml();
        }
        await _cluster.ApplyAsync(GuideLayout.SqsConsumerDeployment + " (rendered)", yaml, Namespace, cancellationToken);
    }

    /// <summary>The guide's ScaledObject rendered with envsubst (and, on local, pointed at LocalStack) — what is applied and what the oracle reads.</summary>
    public string RenderScaledObject()
    {
        var yaml = aws.Render(GuideEnvironmentOidcNotUsed)[GuideLayout.SqsScaledObject].Text;
        if (target.IsLocal)
        {
            var endpoint = target.InClusterAwsEndpoint!.ToString().TrimEnd('/');
            var queueUrl = target.InClusterQueueUrl(aws.QueueName);
            recorder.Declare(new DeclaredDeviation("sqs-scaledobject-localstack", "local",
                "triggers[0].metadata: queueURL ${QUEUE_URL}, awsRegion, identityOwner operator",
                $"adds awsEndpoint: {endpoint} and sets queueURL: {queueUrl}",
                "KEDA's operator must reach LocalStack inside the cluster; the scaler takes the queue name from the URL's path /ACCOUNT/NAME"));
            yaml = ManifestOverlay.Parse(GuideLayout.SqsScaledObject, yaml)
                .SetTriggerMetadata(ScaledObjectName, "awsEndpoint", endpoint)
                .SetTriggerMetadata(ScaledObjectName, "queueURL", queueUrl)
                .ToYaml();
        }
        _spec = ScalingSpecReader.Parse(yaml);
        return ScaledObjectYaml = yaml;
    }

    public Task ApplyScaledObjectAsync(CancellationToken cancellationToken) =>
        _cluster.ApplyAsync(GuideLayout.SqsScaledObject + " (rendered)", ScaledObjectYaml ?? RenderScaledObject(), Namespace, cancellationToken);

    /// <summary>KEDA reconciles a new ScaledObject on creation; its first poll follows within one pollingInterval.</summary>
    public WaitBudget ReconcileBudget() => WaitBudget.Sum(("pollingInterval (KEDA reconciles, then polls)", Spec.PollingInterval), ("slack", settings.Slack));

    public Task<ExpectationResult> ExpectHpaAsync(CancellationToken cancellationToken) =>
        executor.ExpectAsync(new HpaExists(Namespace, Hpa) { Budget = ReconcileBudget() }, cancellationToken);

    public Task<ExpectationResult> ExpectReadyAsync(CancellationToken cancellationToken) =>
        executor.ExpectAsync(new ScaledObjectReady(Namespace, ScaledObjectName) { Budget = ReconcileBudget() }, cancellationToken);

    /// <summary>With an empty queue (metric 0 ≤ activationQueueLength 0) the Deployment stays at 0 for two polls.</summary>
    public Task<ExpectationResult> ExpectStaysAtZeroAsync(CancellationToken cancellationToken)
    {
        var hold = Spec.PollingInterval * 2;
        return executor.ExpectAsync(new DeploymentStaysAt(Namespace, Deployment, 0, hold)
        {
            Budget = WaitBudget.Sum(("2 × pollingInterval", hold), ("slack", settings.Slack)),
        }, cancellationToken);
    }

    private MetricSource QueueMetric => new QueueDepthSource(aws.QueueUrl, Spec.ScaleOnInFlight);

    /// <summary>On real SQS the approximate counts KEDA reads can lag (about a minute); LocalStack's are exact.</summary>
    private (string, TimeSpan)[] CountSettling => target.IsLocal ? [] : [("SQS approximate counts settle", GuideSqsSection.ApproximateCountSettling)];

    /// <summary>0 → ≥1 after the messages: next poll + slack (+ SQS count settling on AWS); every desired count within the oracle's band.</summary>
    public Task<ExpectationResult> ExpectLeavesZeroAsync(CancellationToken cancellationToken)
    {
        var leave = Allowances.LeaveZero();
        return executor.ExpectAsync(new ScalingFollowsOracle(Namespace, Deployment, Hpa, Spec, QueueMetric, TimelineGoal.LeaveZero, settings.Slack)
        {
            Budget = WaitBudget.Sum([("pollingInterval", Spec.PollingInterval), .. CountSettling, ("slack", settings.Slack)]),
        }, cancellationToken);
    }

    /// <summary>
    /// The queue drains and the Deployment returns to 0. The drain is bounded by the consumer the guide deploys: each
    /// pod takes MAX_MSGS_PER_BATCH messages and sleeps MSG_PROCESS_DELAY per message; at maxReplicaCount pods that is
    /// ceil(messages / (max × batch)) rounds of batch × delay, after the HPA has scaled up to max. Once the metric is
    /// inactive, 0 must follow within cooldownPeriod + pollingInterval + slack (checked on the timeline).
    /// </summary>
    public Task<ExpectationResult> ExpectDrainsAndReturnsToZeroAsync(int messages, CancellationToken cancellationToken)
    {
        var consumer = ConsumerSettings();
        var rounds = (int)Math.Ceiling(messages / (double)(Spec.MaxReplicas * consumer.Batch));
        var drain = consumer.Delay * consumer.Batch * rounds;
        var backToZero = Allowances.BackToZero();
        return executor.ExpectAsync(new ScalingFollowsOracle(Namespace, Deployment, Hpa, Spec, QueueMetric, TimelineGoal.ReturnToMin, settings.Slack)
        {
            GoalAfterInactiveWithin = backToZero.Limit,
            Budget = WaitBudget.Sum([
                ($"scale up to {Spec.MaxReplicas} ({Allowances.ScaleUpTo(Spec.MaxReplicas).Derivation})", Allowances.ScaleUpTo(Spec.MaxReplicas).Limit),
                ($"drain: {rounds} round(s) × MAX_MSGS_PER_BATCH {consumer.Batch} × MSG_PROCESS_DELAY {consumer.Delay.TotalSeconds:0} s", drain),
                .. CountSettling,
                ($"back to 0 ({backToZero.Derivation})", backToZero.Limit)]),
        }, cancellationToken);
    }

    /// <summary>The operator logs "Successfully updated ScaleTarget" with Original Replicas Count 0 — it did so at activation.</summary>
    public Task<ExpectationResult> ExpectActivationLoggedAsync(CancellationToken cancellationToken) =>
        executor.ExpectAsync(new OperatorLogShows(KedaNamespace, Namespace, ScaledObjectName, "Successfully updated ScaleTarget", "\"Original Replicas Count\": 0")
        {
            Budget = ReconcileBudget(),
        }, cancellationToken);

    /// <summary>The operator logs the return to minReplicaCount — it did so when the Deployment went to 0.</summary>
    public Task<ExpectationResult> ExpectReturnLoggedAsync(CancellationToken cancellationToken) =>
        executor.ExpectAsync(new OperatorLogShows(KedaNamespace, Namespace, ScaledObjectName, "Successfully set ScaleTarget replicas count to ScaledObject minReplicaCount")
        {
            Budget = ReconcileBudget(),
        }, cancellationToken);

    /// <summary>MAX_MSGS_PER_BATCH and MSG_PROCESS_DELAY as the guide's Deployment sets them (the consumer's defaults otherwise: 5 and 10).</summary>
    public (int Batch, TimeSpan Delay) ConsumerSettings()
    {
        var yaml = aws.Render(GuideEnvironmentOidcNotUsed)[GuideLayout.SqsConsumerDeployment].Text;
        var env = ManifestOverlay.Parse(GuideLayout.SqsConsumerDeployment, yaml).Env(Deployment, Container);
        var batch = env.TryGetValue("MAX_MSGS_PER_BATCH", out var b) && int.TryParse(b, out var bv) && bv > 0 ? bv : 5;
        var delay = env.TryGetValue("MSG_PROCESS_DELAY", out var d) && int.TryParse(d, out var dv) && dv >= 0 ? dv : 10;
        return (batch, TimeSpan.FromSeconds(delay));
    }

    /// <summary>This section renders no trust policy; the OIDC id is the documentation's example and unused here.</summary>
    private static string GuideEnvironmentOidcNotUsed => Rendering.GuideEnvironment.Example["OIDC_ID"];
}
