using KedaGuidance.Harness.Aws.CloudFormation;
using KedaGuidance.Harness.Aws.Iam;
using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Kubernetes;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Rendering;
using KedaGuidance.Harness.Scaling;
using KedaGuidance.Harness.Teardown;

namespace KedaGuidance.Harness.Workloads;

/// <summary>
/// The guide's "Scaled Object for Prometheus Custom Metrics", step by step. eks: as written (CloudFormation stack →
/// AMP workspace and ECR, queryamp policy, ADOT collector, SigV4 proxy). local: an in-cluster Prometheus fed by the
/// guide's collector configuration without SigV4 (declared deviations). One instance per scenario.
/// </summary>
public sealed class PrometheusScalingSection(IExecutor executor, TeardownLedger ledger, RunRecorder recorder, SuiteSettings settings,
    string guideRoot, ScalingTarget target, GuideEnvironment baseEnvironment) : IScaledObjectSection
{
    public const string Namespace = "keda-prometheus-guidance";
    public const string Deployment = "sample-app";
    public const string Container = "sample-app";
    public const string Service = "prometheus-sampleapp-svc";
    public const string ScaledObjectName = "app-http-requests-minute";
    public const string Hpa = "keda-hpa-" + ScaledObjectName;
    public const string ExternalMetric = "s0-prometheus";
    public const string StackName = "keda-guidance";
    public const string AdotNamespace = "adot";
    public const string KedaNamespace = "keda";
    public const string SampleAppFolder = "scaledobject-samples/prometheus/sample-app";

    /// <summary>The collector's scrape_interval and its batch processor's timeout, as the guide's ConfigMap sets them.</summary>
    public static readonly TimeSpan ScrapeInterval = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan BatchTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The query's rate window: sum(rate(adot_app_request_count_total[1m])).</summary>
    public static readonly TimeSpan RateWindow = TimeSpan.FromMinutes(1);

    private readonly ClusterActions _cluster = new(executor, ledger, settings.RunId, settings.Slack);
    private readonly GuideEnvironment _base = baseEnvironment;
    private GuideEnvironment _environment = baseEnvironment;
    private RenderedGuide? _rendered;
    private ScalingSpec? _spec;
    private string? _loadJob;

    public string? ScaledObjectYaml { get; private set; }
    public ScalingSpec Spec => _spec ?? throw new InvalidOperationException("The ScaledObject has not been rendered yet.");
    public ScalingAllowances Allowances => new(Spec, settings.Slack);
    public LoadJob? Load { get; private set; }

    /// <summary>
    /// eks: create_requirements.sh — aws cloudformation create-stack keda-guidance, wait, read SAMPLE_APP_ECR,
    /// PROMETHEUS_ENDPOINT, PROMETHEUS_WORKSPACE from its outputs. local: no AMP; the in-cluster Prometheus instead.
    /// </summary>
    public async Task CreateMetricStoreAsync(CancellationToken cancellationToken)
    {
        if (target.IsLocal)
        {
            recorder.Declare(new DeclaredDeviation("prometheus-in-cluster", "local",
                "create_requirements.sh: CloudFormation stack keda-guidance → Amazon Managed Service for Prometheus workspace + ECR repository",
                $"deploys {PrometheusLocalStack.Image} in namespace {PrometheusLocalStack.Namespace} with --web.enable-remote-write-receiver; PROMETHEUS_ENDPOINT={PrometheusLocalStack.RemoteWriteEndpoint}",
                "k3s has no AMP; Prometheus' own remote-write receiver accepts what the collector sends and answers the guide's query unchanged"));
            await _cluster.ApplyAsync("in-cluster Prometheus (local deviation)", PrometheusLocalStack.Manifest(settings.RunId), PrometheusLocalStack.Namespace, cancellationToken);
            await executor.ExpectAsync(new DeploymentReady(PrometheusLocalStack.Namespace, PrometheusLocalStack.Name, 1) { Budget = StartBudget() }, cancellationToken);
            _environment = _environment
                .With("PROMETHEUS_ENDPOINT", PrometheusLocalStack.RemoteWriteEndpoint, "local deviation: in-cluster Prometheus")
                .With("SAMPLE_APP_ECR", target.LocalImage("sample-app"), "local deviation: image loaded into k3s");
            return;
        }
        // Through the bounded reader into the run's scratch folder: the AWS CLI's file:// would follow a link in the guide.
        var template = GuideRenderer.CopySource(new GuideFiles(guideRoot), GuideLayout.PrometheusRequirementsTemplate, Path.Combine(settings.ScratchFolder, "sources"));
        await executor.RunAsync(new CreateStack(StackName, template, settings.RunId), cancellationToken);
        ledger.Register($"cloudformation stack {StackName}", new DeleteStack(StackName));
        await executor.ExpectAsync(new StackReaches(StackName, "CREATE_COMPLETE")
        {
            Budget = WaitBudget.Sum(("stack creation allowance (the guide's loop waits without limit; AMP workspace + ECR repository)", StackCreation), ("slack", settings.Slack)),
        }, cancellationToken);
        var stack = await executor.RunAsync(new DescribeStack(StackName), cancellationToken);
        var outputs = stack.Planned ? PlannedOutputs : stack.Outputs;
        string Output(string key) => outputs.TryGetValue(key, out var value) && value.Length > 0
            ? value
            : throw new InvalidOperationException($"CloudFormation stack {StackName} has no output {key}; create_requirements.sh exports it (check the stack's template).");
        _environment = _environment
            .With("SAMPLE_APP_ECR", Output("SampleAppECR"), GuideEnvironment.RequirementsStep)
            .With("PROMETHEUS_ENDPOINT", Output("PrometheusEndpoint") + "api/v1/remote_write", GuideEnvironment.RequirementsStep)
            .With("PROMETHEUS_WORKSPACE", Output("PrometheusWorkspace"), GuideEnvironment.RequirementsStep);
    }

    /// <summary>
    /// How long the stack may take. Nothing in the guide bounds it (its loop polls every 10 s without limit); this is a
    /// stated allowance for an AMP workspace and an ECR repository, shown in the plan with its reason.
    /// </summary>
    public static readonly TimeSpan StackCreation = TimeSpan.FromMinutes(10);

    /// <summary>What a plan assumes the stack outputs (the guide's example environment), since a plan reads no stack.</summary>
    private IReadOnlyDictionary<string, string> PlannedOutputs => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["SampleAppECR"] = _base["SAMPLE_APP_ECR"],
        ["PrometheusEndpoint"] = _base["PROMETHEUS_ENDPOINT"].Replace("api/v1/remote_write", "", StringComparison.Ordinal),
        ["PrometheusWorkspace"] = _base["PROMETHEUS_WORKSPACE"],
    };

    /// <summary>eks: envsubst keda-prometheus-policy.json; aws iam create-policy queryamp; attach it to the KEDA operator role.</summary>
    public async Task GrantQueryAsync(CancellationToken cancellationToken)
    {
        if (target.IsLocal)
            return; // no AMP, nothing to grant: part of the prometheus-in-cluster deviation
        var rendered = Render();
        var arn = await executor.RunAsync(new CreatePolicy("queryamp", rendered[GuideLayout.PrometheusKedaPolicy].ScratchPath, settings.RunId), cancellationToken);
        ledger.Register($"iam policy {arn}", new DeletePolicy(arn));
        var role = _environment["KEDA_OPERATOR_ROLENAME"];
        await executor.RunAsync(new AttachRolePolicy(role, arn), cancellationToken);
        ledger.Register($"iam attachment {arn} to role {role}", new DetachRolePolicy(role, arn));
    }

    /// <summary>docker build + push to $SAMPLE_APP_ECR (eks), or build and load into k3s (local deviation).</summary>
    public async Task BuildSampleAppImageAsync(CancellationToken cancellationToken)
    {
        var folder = Path.Combine(guideRoot, SampleAppFolder);
        var image = _environment["SAMPLE_APP_ECR"];
        if (target.IsLocal)
        {
            recorder.Declare(new DeclaredDeviation("sample-app-image", "local",
                "docker build -t $SAMPLE_APP_ECR …; docker push $SAMPLE_APP_ECR; app.yaml imagePullPolicy: Always",
                $"builds the same Dockerfile as {image}, imports it into k3s, and sets imagePullPolicy IfNotPresent",
                "k3s has no ECR, and Always would make k3s pull an image that exists only in its containerd"));
            await executor.RunAsync(new LoadImageIntoCluster(folder, image), cancellationToken);
            return;
        }
        var registry = image[..image.IndexOf('/')];
        await executor.RunAsync(new PushImageToEcr(folder, "sample-app:latest", registry, image[(image.IndexOf('/') + 1)..], target.Region), cancellationToken);
    }

    /// <summary>sed -i "s|{SAMPLE_APP_ECR}|…|" app.yaml; kubectl apply -f app.yaml (namespace, Service, Deployment).</summary>
    public async Task ApplySampleAppAsync(CancellationToken cancellationToken)
    {
        var yaml = Render()[GuideLayout.SampleAppManifest].Text;
        if (target.IsLocal)
            yaml = ManifestOverlay.Parse(GuideLayout.SampleAppManifest, yaml).SetImage(Deployment, Container, _environment["SAMPLE_APP_ECR"], "IfNotPresent").ToYaml();
        await _cluster.ApplyAsync(GuideLayout.SampleAppManifest + " (rendered)", yaml, Namespace, cancellationToken);
        await executor.ExpectAsync(new DeploymentReady(Namespace, Deployment, 1) { Budget = StartBudget() }, cancellationToken);
    }

    /// <summary>
    /// The ADOT collector: its ConfigMap (local: transformed, see <see cref="AdotLocalConfig"/>), its service account
    /// (eks: eksctl create iamserviceaccount with AmazonPrometheusRemoteWriteAccess; local: a plain ServiceAccount),
    /// collector.yaml. eks: then the SigV4 proxy.
    /// </summary>
    public async Task DeployCollectorAsync(CancellationToken cancellationToken)
    {
        var rendered = Render();
        var configMap = rendered[GuideLayout.AdotConfigMap].Text;
        if (target.IsLocal)
        {
            recorder.Declare(new DeclaredDeviation("adot-without-sigv4", "local",
                "adot/configmap.yaml: prometheusremotewrite with auth.authenticator sigv4auth to {PROMETHEUS_ENDPOINT}; eksctl create iamserviceaccount adot-collector",
                $"removes only the sigv4auth authenticator (exporter auth, extension, service.extensions) and writes to {PrometheusLocalStack.RemoteWriteEndpoint}; creates the ServiceAccount adot-collector without an IAM role",
                "the in-cluster Prometheus takes unsigned remote writes; scrape configs, the adot_ prefix and the pipeline are the guide's"));
            configMap = AdotLocalConfig.Transform(configMap, PrometheusLocalStack.RemoteWriteEndpoint);
        }
        await _cluster.ApplyAsync(GuideLayout.AdotConfigMap + (target.IsLocal ? " (rendered, without sigv4auth)" : " (rendered)"), configMap, AdotNamespace, cancellationToken);
        if (target.IsLocal)
        {
            await _cluster.ApplyAsync("ServiceAccount adot/adot-collector (local deviation)",
                $"apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: adot-collector\n  namespace: {AdotNamespace}\n", AdotNamespace, cancellationToken);
        }
        else
        {
            var cluster = _environment["CLUSTER_NAME"];
            await executor.RunAsync(new ToolCommand("eksctl",
                ["create", "iamserviceaccount", "--name", "adot-collector", "--namespace", AdotNamespace, "--cluster", cluster,
                 "--attach-policy-arn", "arn:aws:iam::aws:policy/AmazonPrometheusRemoteWriteAccess", "--approve"], "the collector's IAM service account"), cancellationToken);
            ledger.Register($"eksctl iamserviceaccount {AdotNamespace}/adot-collector", new ToolCommand("eksctl",
                ["delete", "iamserviceaccount", "--cluster", cluster, "--name", "adot-collector", "--namespace", AdotNamespace, "--wait"], "clean-up of the collector's IAM service account"));
        }
        await _cluster.ApplyAsync(GuideLayout.AdotCollector + " (rendered)", rendered[GuideLayout.AdotCollector].Text, AdotNamespace, cancellationToken);
        if (!target.IsLocal)
            await _cluster.ApplyAsync(GuideLayout.SigV4Proxy + " (rendered)", rendered[GuideLayout.SigV4Proxy].Text, KedaNamespace, cancellationToken);
    }

    /// <summary>
    /// The guide's heredoc (cat &lt;&lt; EOF &gt; scaledobject.yaml), expanded as the shell does (envsubst semantics for
    /// $VAR and ${VAR}); local: serverAddress points at the in-cluster Prometheus (declared deviation).
    /// </summary>
    public string RenderScaledObject(string heredoc)
    {
        var yaml = Envsubst.Render(heredoc, _environment.Values, out var undefined);
        if (undefined.Count > 0)
            throw new RenderingException($"The ScaledObject heredoc uses variables no step defined: {string.Join(", ", undefined)}.");
        if (target.IsLocal)
        {
            recorder.Declare(new DeclaredDeviation("prometheus-scaledobject-server", "local",
                "serverAddress: http://keda-sigv4.keda.svc.cluster.local/workspaces/$PROMETHEUS_WORKSPACE",
                $"serverAddress: {PrometheusLocalStack.ServerAddress}",
                "no SigV4 proxy and no AMP workspace on k3s; the query, threshold and every other field are the guide's"));
            yaml = ManifestOverlay.Parse("scaledobject.yaml (heredoc)", yaml)
                .SetTriggerMetadata(ScaledObjectName, "serverAddress", PrometheusLocalStack.ServerAddress)
                .ToYaml();
        }
        _spec = ScalingSpecReader.Parse(yaml);
        return ScaledObjectYaml = yaml;
    }

    public Task ApplyScaledObjectAsync(CancellationToken cancellationToken) =>
        _cluster.ApplyAsync("scaledobject.yaml (the guide's heredoc)", ScaledObjectYaml ?? throw new InvalidOperationException("Render the ScaledObject first."), Namespace, cancellationToken);

    public WaitBudget ReconcileBudget() => WaitBudget.Sum(("pollingInterval (KEDA reconciles, then polls)", Spec.PollingInterval), ("slack", settings.Slack));

    public Task<ExpectationResult> ExpectHpaAsync(CancellationToken cancellationToken) =>
        executor.ExpectAsync(new HpaExists(Namespace, Hpa) { Budget = ReconcileBudget() }, cancellationToken);

    public Task<ExpectationResult> ExpectReadyAsync(CancellationToken cancellationToken) =>
        executor.ExpectAsync(new ScaledObjectReady(Namespace, ScaledObjectName) { Budget = ReconcileBudget() }, cancellationToken);

    /// <summary>
    /// Time for the metric to show a steady load: the rate window fills, the collector scrapes and flushes its batch,
    /// KEDA polls; then the HPA scales up step by step to the oracle's count for the generated rate.
    /// </summary>
    public WaitBudget ScaleOutBudget(double rate)
    {
        var up = Allowances.ScaleUpTo(new ScalingOracle(Spec).SteadyReplicas(rate));
        return WaitBudget.Sum(
            ("rate window [1m]", RateWindow),
            ("collector scrape_interval", ScrapeInterval),
            ("collector batch timeout", BatchTimeout),
            ($"scale up ({up.Derivation})", up.Limit));
    }

    /// <summary>
    /// A bounded load Job: <paramref name="rate"/> requests per second in total from <paramref name="pods"/> pods, for
    /// as long as the scale-out may take (so the load lasts while the expectation waits), then it ends by itself.
    /// </summary>
    public async Task StartLoadAsync(double rate, int pods, CancellationToken cancellationToken)
    {
        var load = new LoadJob(Namespace, "kedaguidance-load", $"http://{Service}.{Namespace}.svc.cluster.local/", pods, rate / pods, ScaleOutBudget(rate).Limit);
        recorder.Declare(new DeclaredDeviation("bounded-load-job", target.Target.ToString().ToLowerInvariant(),
            "for i in `seq 99999`; do curl http://$SAMPLEAPP_INGRESS_URL; done (from a terminal, through the load balancer)",
            $"a Job in the cluster: {load.Describe()}",
            "the load must be bounded in count and time and must not depend on a public load balancer"));
        recorder.Attach("load", load.Describe());
        var applied = await _cluster.ApplyAsync("load Job (bounded)", load.Manifest(), Namespace, cancellationToken);
        _loadJob = applied[0].ToString();
        Load = load;
    }

    /// <summary>The Deployment scales out to the oracle's count for the metric KEDA reads, every count on the way within the oracle's band.</summary>
    public Task<ExpectationResult> ExpectScaleOutAsync(CancellationToken cancellationToken)
    {
        var load = Load ?? throw new InvalidOperationException("Start the load first.");
        return executor.ExpectAsync(new ScalingFollowsOracle(Namespace, Deployment, Hpa, Spec,
            new ExternalMetricSource(Namespace, ExternalMetric, ScaledObjectName), TimelineGoal.ReachOracleBand, settings.Slack)
        {
            Budget = ScaleOutBudget(load.TotalRate),
        }, cancellationToken);
    }

    /// <summary>The guide's expected HPA event: SuccessfulRescale … external metric s0-prometheus(…) above target.</summary>
    public Task<ExpectationResult> ExpectRescaleEventAsync(CancellationToken cancellationToken) =>
        executor.ExpectAsync(new HpaEventShows(Namespace, Hpa, "SuccessfulRescale", [$"external metric {ExternalMetric}(", "above target"])
        {
            Budget = ReconcileBudget(),
        }, cancellationToken);

    /// <summary>The load stops: the Job is deleted (its pods end within their grace period).</summary>
    public async Task StopLoadAsync(CancellationToken cancellationToken)
    {
        var job = _loadJob ?? throw new InvalidOperationException("No load Job was started.");
        var reference = new ObjectReference("batch/v1", "Job", Namespace, "kedaguidance-load");
        await executor.RunAsync(new DeleteObject(reference, settings.RunId, _cluster.DeleteBudget(reference)), cancellationToken);
        ledger.Settle(job);
    }

    /// <summary>
    /// Back to 1 once the load stopped: the rate window empties, the collector and KEDA catch up, then the HPA's
    /// scale-down stabilization window (300 s by default) + pollingInterval + HPA sync + slack.
    /// </summary>
    public Task<ExpectationResult> ExpectBackToMinAsync(CancellationToken cancellationToken)
    {
        var back = Allowances.BackToMin();
        return executor.ExpectAsync(new ScalingFollowsOracle(Namespace, Deployment, Hpa, Spec,
            new ExternalMetricSource(Namespace, ExternalMetric, ScaledObjectName), TimelineGoal.ReturnToMin, settings.Slack)
        {
            Budget = WaitBudget.Sum(
                ("rate window [1m] empties", RateWindow),
                ("collector scrape_interval", ScrapeInterval),
                ("collector batch timeout", BatchTimeout),
                ($"back to min ({back.Derivation})", back.Limit)),
        }, cancellationToken);
    }

    /// <summary>A freshly applied Deployment's pods start: image present (loaded or pushed), so the pods' termination grace + slack bound it.</summary>
    private WaitBudget StartBudget() => WaitBudget.Sum(("pod start (image present; Kubernetes default grace as bound)", ClusterActions.DefaultTerminationGrace), ("slack", settings.Slack));

    private RenderedGuide Render() =>
        _rendered is { } r && r.Environment == _environment
            ? r
            : _rendered = GuideRenderer.Render(guideRoot, _environment, Path.Combine(settings.ScratchFolder, "rendered", "prometheus"));
}
