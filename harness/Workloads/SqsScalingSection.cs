using KedaGuidance.Harness.Aws;
using KedaGuidance.Harness.Aws.Ecr;
using KedaGuidance.Harness.Aws.Iam;
using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Kubernetes;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Scaling;
using KedaGuidance.Harness.Targets;

namespace KedaGuidance.Harness.Workloads;

/// <summary>
/// The cluster side of the guide's "Scaled Object for Amazon SQS Queue", step by step, on top of the AWS side
/// (<see cref="GuideSqsSection"/>: the queue, the messages, the policies). Where targets differ (the image, the
/// consumer's and KEDA's AWS access) it asks the run's <see cref="TargetProfile"/>. One instance per scenario.
/// </summary>
public sealed class SqsScalingSection(RunContext run, GuideSqsSection aws, ClusterAws site) : IScaledObjectSection
{
    public const string ConsumerFolder = "scaledobject-samples/amazonsqs/sample-app";

    private readonly GuideNames _names = run.Guide.Names;

    // The guide's names for what this section creates, read from its files (GuideModel.Names): a rename there flows here.
    public string Namespace => GuideNames.Require(_names.SqsNamespace);
    public string Deployment => GuideNames.Require(_names.SqsConsumerDeployment);
    public string Container => GuideNames.Require(_names.SqsConsumerContainer);
    public string ServiceAccount => GuideNames.Require(_names.SqsConsumerServiceAccount);
    public string ScaledObjectName => GuideNames.Require(_names.SqsScaledObject);
    public string EcrRepository => _names.ConsumerRepository.Value;
    public string KedaNamespace => GuideNames.Require(_names.KedaNamespace);

    /// <summary>The HPA KEDA creates for the ScaledObject: <c>keda-hpa-&lt;name&gt;</c>.</summary>
    public string Hpa => IScaledObjectSection.HpaOf(ScaledObjectName);

    private readonly TargetProfile _profile = run.RequireProfile();
    private readonly IExecutor _executor = run.Executor;
    private readonly ClusterActions _cluster = new(run.Executor, run.Ledger, run.RunId, run.Slack);
    private DeliveredImage? _image;

    /// <summary>The ScaledObject exactly as applied (after target deviations), and what the oracle reads from it.</summary>
    public string? ScaledObjectYaml { get; private set; }
    public ScalingSpec Spec => _spec ?? throw new InvalidOperationException("The ScaledObject has not been rendered yet (\"the guide's ScaledObject … is applied\").");
    private ScalingSpec? _spec;

    public ScalingAllowances Allowances => new(Spec, run.Slack);

    /// <summary>kubectl create namespace keda-sqs-guidance.</summary>
    public Task CreateNamespaceAsync(CancellationToken cancellationToken) => _cluster.CreateNamespaceAsync(Namespace, cancellationToken);

    /// <summary>docker build -t sqsconsumer …, then as the target delivers images (the guide: ECR create-repository, login, tag, push).</summary>
    public async Task<string> BuildConsumerImageAsync(CancellationToken cancellationToken)
    {
        var image = new GuideImage("sqsconsumer", Path.Combine(run.GuideRoot, ConsumerFolder), "sqsconsumer:latest",
            new GuideImageDestination.NewRepository(EcrRepository),
            "docker build -t sqsconsumer …; aws ecr create-repository …; docker push ${ACCOUNT_ID}.dkr.ecr.${AWS_REGION}.amazonaws.com/sqsconsumer");
        _image = await _profile.Images.DeliverAsync(image, run, site, cancellationToken);
        return _image.Reference;
    }

    /// <summary>
    /// The guide: the sqsgetattributes policy attached to the KEDA operator role of "Install KEDA", the sqsconsumer
    /// policy, eksctl create iamserviceaccount sqsconsumer — each as the target grants AWS access to KEDA and to workloads.
    /// </summary>
    public async Task CreateConsumerServiceAccountAsync(CancellationToken cancellationToken)
    {
        var environment = aws.Render(forTrustPolicy: false).Environment;
        var kedaPolicy = _names.KedaSqsPolicy.Value;
        var consumerPolicy = _names.ConsumerPolicy.Value;
        await _profile.KedaAws.GrantAsync(new KedaPolicyGrant(kedaPolicy, environment["KEDA_OPERATOR_ROLENAME"],
            token => aws.CreatePolicyAsync(kedaPolicy, GuideLayout.SqsKedaPolicy, token)), run, cancellationToken);
        await _profile.WorkloadAws.CreateServiceAccountAsync(new WorkloadIdentity(Namespace, ServiceAccount, environment["CLUSTER_NAME"],
            "eksctl create iamserviceaccount --name sqsconsumer --namespace keda-sqs-guidance … --attach-policy-arn …/sqsconsumer",
            "the guide's IAM service account for the consumer", "the guide's clean-up of the consumer's IAM service account",
            async token => [await aws.CreatePolicyAsync(consumerPolicy, GuideLayout.SqsConsumerPolicy, token)])
        {
            RoleName = _names.ConsumerRole.Value,
        }, run, cancellationToken);
    }

    /// <summary>envsubst &lt; sqs-consumer-deployment.yaml | kubectl apply -f - (with the delivered image and the target's AWS access).</summary>
    public async Task ApplyConsumerDeploymentAsync(CancellationToken cancellationToken)
    {
        var image = _image ?? throw new InvalidOperationException("Build the consumer image first.");
        var yaml = aws.Render(forTrustPolicy: false)[GuideLayout.SqsConsumerDeployment].Text;
        if (image.ReplacesGuideImage)
            yaml = ManifestOverlay.Parse(GuideLayout.SqsConsumerDeployment, yaml).SetImage(Deployment, Container, image.Reference, image.PullPolicy!).ToYaml();
        yaml = _profile.WorkloadAws.AdaptDeployment(yaml, new WorkloadContainer(ServiceAccount, GuideLayout.SqsConsumerDeployment, Deployment, Container,
            "the Deployment's env: RELIABLE_QUEUE_NAME, AWS_REGION, … (credentials from IRSA)"), run, site);
        await _cluster.ApplyAsync(GuideLayout.SqsConsumerDeployment + " (rendered)", yaml, Namespace, cancellationToken);
    }

    /// <summary>The guide's ScaledObject rendered with envsubst (and pointed at the target's AWS where KEDA reaches it at its own endpoint) — what is applied and what the oracle reads.</summary>
    public string RenderScaledObject()
    {
        var yaml = aws.Render(forTrustPolicy: false)[GuideLayout.SqsScaledObject].Text;
        yaml = _profile.KedaAws.AdaptSqsScaledObject(yaml, new SqsTrigger(GuideLayout.SqsScaledObject, ScaledObjectName, aws.QueueName), run, site);
        _spec = ScalingSpecReader.Parse(yaml);
        return ScaledObjectYaml = yaml;
    }

    public Task ApplyScaledObjectAsync(CancellationToken cancellationToken) =>
        _cluster.ApplyAsync(GuideLayout.SqsScaledObject + " (rendered)", ScaledObjectYaml ?? RenderScaledObject(), Namespace, cancellationToken);

    /// <summary>KEDA reconciles a new ScaledObject on creation; its first poll follows within one pollingInterval.</summary>
    public WaitBudget ReconcileBudget() => WaitBudget.Sum(("pollingInterval (KEDA reconciles, then polls)", Spec.PollingInterval), ("slack", run.Slack));

    public Task<ExpectationResult> ExpectHpaAsync(CancellationToken cancellationToken) =>
        _executor.ExpectAsync(new HpaExists(Namespace, Hpa) { Budget = ReconcileBudget() }, cancellationToken);

    public Task<ExpectationResult> ExpectReadyAsync(CancellationToken cancellationToken) =>
        _executor.ExpectAsync(new ScaledObjectReady(Namespace, ScaledObjectName) { Budget = ReconcileBudget() }, cancellationToken);

    /// <summary>With an empty queue (metric 0 ≤ activationQueueLength 0) the Deployment stays at 0 for two polls.</summary>
    public Task<ExpectationResult> ExpectStaysAtZeroAsync(CancellationToken cancellationToken)
    {
        var hold = Spec.PollingInterval * 2;
        return _executor.ExpectAsync(new DeploymentStaysAt(Namespace, Deployment, 0, hold)
        {
            Budget = WaitBudget.Sum(("2 × pollingInterval", hold), ("slack", run.Slack)),
        }, cancellationToken);
    }

    private MetricSource QueueMetric => new QueueDepthSource(aws.QueueUrl, Spec.ScaleOnInFlight);

    /// <summary>On real SQS the approximate counts KEDA reads can lag (about a minute); an emulator's are exact (the target's KEDA access says which).</summary>
    private (string, TimeSpan)[] CountSettling => _profile.KedaAws.SqsCountSettling is { } settling ? [("SQS approximate counts settle", settling)] : [];

    /// <summary>0 → ≥1 after the messages: next poll + slack (+ SQS count settling on AWS); every desired count within the oracle's band.</summary>
    public Task<ExpectationResult> ExpectLeavesZeroAsync(CancellationToken cancellationToken)
    {
        var leave = Allowances.LeaveZero();
        return _executor.ExpectAsync(new ScalingFollowsOracle(Namespace, Deployment, Hpa, Spec, QueueMetric, TimelineGoal.LeaveZero, run.Slack)
        {
            ExpectedLines = [ActivationLine],
            Budget = WaitBudget.Sum([("pollingInterval", Spec.PollingInterval), .. CountSettling, ("slack", run.Slack)]),
        }, cancellationToken);
    }

    /// <summary>
    /// The queue drains and the Deployment returns to 0: the HPA's ramp to maxReplicaCount, the consumers' pods starting
    /// (their image pulled as the target delivers it), then the drain by as many consumers as the cluster can run
    /// (<see cref="ReadPodCapacity"/>; a plan states its assumption), counting the messages SQS hands out again because
    /// the consumer holds a batch longer than the visibility timeout (<see cref="SqsDrainEstimate"/>), then back to 0.
    /// Once the metric is inactive, 0 must follow within cooldownPeriod + pollingInterval + slack (checked on the timeline).
    /// </summary>
    public async Task<ExpectationResult> ExpectDrainsAndReturnsToZeroAsync(int messages, CancellationToken cancellationToken)
    {
        var capacity = await _executor.RunAsync(new ReadPodCapacity(Namespace, ConsumerLabels(), "the consumers the drain budget counts on"), cancellationToken);
        var drain = DrainEstimate(messages, capacity);
        var backToZero = Allowances.BackToZero();
        return await _executor.ExpectAsync(new ScalingFollowsOracle(Namespace, Deployment, Hpa, Spec, QueueMetric, TimelineGoal.ReturnToMin, run.Slack)
        {
            GoalAfterInactiveWithin = backToZero.Limit,
            ExpectedLines = [ReturnLine],
            Budget = WaitBudget.Sum([
                ($"scale up to {Spec.MaxReplicas} ({Allowances.ScaleUpTo(Spec.MaxReplicas).Derivation})", Allowances.ScaleUpTo(Spec.MaxReplicas).Limit),
                .. PodStart.Terms(_profile.Images.Pull).Select(t => ($"consumer pods: {t.Term}", t.Duration)),
                .. drain.Terms,
                .. CountSettling,
                ($"back to 0 ({backToZero.Derivation})", backToZero.Limit)]),
        }, cancellationToken);
    }

    /// <summary>
    /// The drain of <paramref name="messages"/> by the guide's consumers, with the queue's default visibility timeout (the
    /// guide sets none): as many consumers as maxReplicaCount, or as the nodes can still take (<paramref name="capacity"/>);
    /// without a reading (a plan) all of maxReplicaCount, stated as the assumption.
    /// </summary>
    public SqsDrainEstimate DrainEstimate(int messages, PodCapacity? capacity = null)
    {
        var consumer = ConsumerSettings();
        int consumers;
        string from;
        if (capacity is null || capacity.Planned)
        {
            consumers = Spec.MaxReplicas;
            from = $"assumed all maxReplicaCount {Spec.MaxReplicas} run (a plan reads no nodes; a live run takes the smaller of maxReplicaCount and the pods the nodes can still take)";
        }
        else
        {
            if (capacity.Free == 0)
                throw new InvalidOperationException(
                    $"The cluster's nodes can take no more pods ({capacity.Describe()}): the guide's consumers could not run and the queue would never drain. Add nodes or free pods.");
            consumers = Math.Min(Spec.MaxReplicas, capacity.Free);
            from = $"{consumers} = the smaller of maxReplicaCount {Spec.MaxReplicas} and the pods the nodes can still take ({capacity.Describe()})";
        }
        return new SqsDrainEstimate(messages, consumers, consumer.Batch, consumer.Delay, consumer.Backoff, SqsDrainEstimate.DefaultVisibilityTimeout, from);
    }

    /// <summary>The consumer Deployment's selector as the guide's manifest writes it (its pods keep their places in the pod count).</summary>
    private IReadOnlyDictionary<string, string> ConsumerLabels()
    {
        var deployment = ManifestOverlay.Parse(GuideLayout.SqsConsumerDeployment, aws.Render(forTrustPolicy: false)[GuideLayout.SqsConsumerDeployment].Text).Object("Deployment", Deployment);
        var labels = ManifestOverlay.Child(ManifestOverlay.Child(ManifestOverlay.Child(deployment, "spec"), "selector"), "matchLabels");
        return labels?.Children.ToDictionary(c => c.Key.ToString(), c => c.Value.ToString(), StringComparer.Ordinal)
            ?? new Dictionary<string, string>(StringComparer.Ordinal) { ["app"] = Deployment };
    }

    /// <summary>The guide's expected output at activation: "Successfully updated ScaleTarget" with Original Replicas Count 0.</summary>
    private OperatorLogLine ActivationLine => new(KedaNamespace, Namespace, ScaledObjectName, "Successfully updated ScaleTarget", "\"Original Replicas Count\": 0");

    /// <summary>The guide's expected output on the way back: the return to minReplicaCount.</summary>
    private OperatorLogLine ReturnLine => new(KedaNamespace, Namespace, ScaledObjectName, "Successfully set ScaleTarget replicas count to ScaledObject minReplicaCount");

    /// <summary>The operator logs "Successfully updated ScaleTarget" with Original Replicas Count 0 — it did so at activation.</summary>
    public Task<ExpectationResult> ExpectActivationLoggedAsync(CancellationToken cancellationToken) =>
        _executor.ExpectAsync(new OperatorLogShows(KedaNamespace, Namespace, ScaledObjectName, ActivationLine.Message, ActivationLine.AlsoContains)
        {
            Budget = ReconcileBudget(),
        }, cancellationToken);

    /// <summary>The operator logs the return to minReplicaCount — it did so when the Deployment went to 0.</summary>
    public Task<ExpectationResult> ExpectReturnLoggedAsync(CancellationToken cancellationToken) =>
        _executor.ExpectAsync(new OperatorLogShows(KedaNamespace, Namespace, ScaledObjectName, ReturnLine.Message)
        {
            Budget = ReconcileBudget(),
        }, cancellationToken);

    /// <summary>MAX_MSGS_PER_BATCH, MSG_PROCESS_DELAY and MSG_POLL_BACKOFF as the guide's Deployment sets them (sqs-consumer.py's defaults otherwise: 5, 10 and 2).</summary>
    public (int Batch, TimeSpan Delay, TimeSpan Backoff) ConsumerSettings()
    {
        var yaml = aws.Render(forTrustPolicy: false)[GuideLayout.SqsConsumerDeployment].Text;
        var env = ManifestOverlay.Parse(GuideLayout.SqsConsumerDeployment, yaml).Env(Deployment, Container);
        var batch = env.TryGetValue("MAX_MSGS_PER_BATCH", out var b) && int.TryParse(b, out var bv) && bv > 0 ? bv : 5;
        var delay = env.TryGetValue("MSG_PROCESS_DELAY", out var d) && int.TryParse(d, out var dv) && dv >= 0 ? dv : 10;
        var backoff = env.TryGetValue("MSG_POLL_BACKOFF", out var p) && int.TryParse(p, out var pv) && pv >= 0 ? pv : 2;
        return (batch, TimeSpan.FromSeconds(delay), TimeSpan.FromSeconds(backoff));
    }
}
