using KedaGuidance.Harness.Aws.CloudFormation;
using KedaGuidance.Harness.Aws.Iam;
using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Kubernetes;
using KedaGuidance.Harness.Metrics;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Rendering;
using KedaGuidance.Harness.Scaling;
using KedaGuidance.Harness.Targets;

namespace KedaGuidance.Harness.Workloads;

/// <summary>
/// The guide's "Scaled Object for Prometheus Custom Metrics", step by step: the metric store (the guide: a
/// CloudFormation stack → AMP workspace and ECR, the queryamp policy, the ADOT collector, the SigV4 proxy), the sample
/// app and its image, the ScaledObject from the guide's heredoc, a bounded load. Where targets differ (the metric store,
/// the image, the collector's AWS access) it asks the run's <see cref="TargetProfile"/>. One instance per scenario.
/// </summary>
public sealed class PrometheusScalingSection(RunContext run, ClusterAws site, GuideEnvironment baseEnvironment) : IScaledObjectSection
{
    public const string ExternalMetric = "s0-prometheus";
    public const string SampleAppFolder = "scaledobject-samples/prometheus/sample-app";

    private readonly GuideNames _names = run.Guide.Names;

    // The guide's names for what this section creates, read from its files (GuideModel.Names): a rename there flows here.
    public string Namespace => GuideNames.Require(_names.PrometheusNamespace);
    public string Deployment => GuideNames.Require(_names.SampleAppDeployment);
    public string Container => GuideNames.Require(_names.SampleAppContainer);
    public string Service => GuideNames.Require(_names.SampleAppService);
    public string ScaledObjectName => _names.PrometheusScaledObject.Value;
    public string AdotNamespace => GuideNames.Require(_names.AdotNamespace);
    public string Collector => GuideNames.Require(_names.AdotCollector);

    /// <summary>The HPA KEDA creates for the ScaledObject: <c>keda-hpa-&lt;name&gt;</c>.</summary>
    public string Hpa => IScaledObjectSection.HpaOf(ScaledObjectName);

    /// <summary>The collector's scrape_interval and its batch processor's timeout, as the guide's ConfigMap sets them.</summary>
    public static readonly TimeSpan ScrapeInterval = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan BatchTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The range of the applied trigger's rate() (the guide: <c>sum(rate(adot_app_request_count_total[1m]))</c>), read from
    /// the query itself, so a guide that changes the window changes the budgets.
    /// </summary>
    private TimeSpan RateWindow => RateConvergence.RateWindowOf(Spec.Query
        ?? throw new InvalidOperationException($"The ScaledObject {ScaledObjectName} has no prometheus query; the rate window its budgets wait for cannot be derived."));

    private string RateWindowTerm => RateWindow.TotalMinutes % 1 == 0 ? $"rate window [{RateWindow.TotalMinutes:0}m]" : $"rate window [{RateWindow.TotalSeconds:0}s]";

    /// <summary>
    /// How long the guide's requirements stack may take. Nothing in the guide bounds it (its loop polls every 10 s
    /// without limit); a stated allowance for an AMP workspace and an ECR repository, shown in the plan with its reason.
    /// </summary>
    public static readonly TimeSpan StackCreation = TimeSpan.FromMinutes(10);

    private readonly TargetProfile _profile = run.RequireProfile();
    private readonly IExecutor _executor = run.Executor;
    private readonly ClusterActions _cluster = new(run.Executor, run.Ledger, run.RunId, run.Slack);
    private GuideEnvironment _environment = baseEnvironment;
    private RenderedGuide? _rendered;
    private ScalingSpec? _spec;
    private string? _loadJob;
    private DeliveredImage? _image;

    public string? ScaledObjectYaml { get; private set; }
    public ScalingSpec Spec => _spec ?? throw new InvalidOperationException("The ScaledObject has not been rendered yet.");
    public ScalingAllowances Allowances => new(Spec, run.Slack);
    public LoadJob? Load { get; private set; }

    /// <summary>The guide's environment as the section holds it now (the metric store's outputs, the delivered image).</summary>
    public GuideEnvironment Environment => _environment;

    private MetricStoreContext Store => new(run, _environment, Render);

    /// <summary>The guide's create_requirements.sh, or the target's stand-in for it; the environment then holds what the store defines.</summary>
    public async Task CreateMetricStoreAsync(CancellationToken cancellationToken) =>
        _environment = await _profile.MetricStore.CreateAsync(Store, cancellationToken);

    /// <summary>The guide: envsubst keda-prometheus-policy.json; aws iam create-policy queryamp; attach it to the KEDA operator role — where the store needs it.</summary>
    public Task GrantQueryAsync(CancellationToken cancellationToken) => _profile.MetricStore.GrantQueryAsync(Store, cancellationToken);

    /// <summary>docker build + push to $SAMPLE_APP_ECR as the guide does, or as the target delivers images; SAMPLE_APP_ECR then names what pods use.</summary>
    public async Task BuildSampleAppImageAsync(CancellationToken cancellationToken)
    {
        var image = new GuideImage("sample-app", Path.Combine(run.GuideRoot, SampleAppFolder), "sample-app:latest",
            new GuideImageDestination.ExistingRepository(_environment["SAMPLE_APP_ECR"]),
            "docker build -t $SAMPLE_APP_ECR …; docker push $SAMPLE_APP_ECR; app.yaml imagePullPolicy: Always");
        _image = await _profile.Images.DeliverAsync(image, run, site, cancellationToken);
        if (_image.Reference != _environment["SAMPLE_APP_ECR"])
            _environment = _environment.With("SAMPLE_APP_ECR", _image.Reference, $"{_profile.Name} deviation: the image as delivered to the cluster");
    }

    /// <summary>
    /// sed -i "s|{SAMPLE_APP_ECR}|…|" app.yaml; kubectl apply -f app.yaml (namespace, Service, Deployment), with the Service
    /// made cluster-internal (a declared deviation: the bounded load reaches it by its cluster DNS name, so the guide's
    /// internet-facing load balancer would be created and never used); then the sample app's pod starts, its image pulled
    /// as the target delivers it.
    /// </summary>
    public async Task ApplySampleAppAsync(CancellationToken cancellationToken)
    {
        var image = _image ?? throw new InvalidOperationException("Build the sample app image first.");
        var overlay = ManifestOverlay.Parse(GuideLayout.SampleAppManifest, Render()[GuideLayout.SampleAppManifest].Text);
        if (image.ReplacesGuideImage)
            overlay.SetImage(Deployment, Container, image.Reference, image.PullPolicy!);
        if (overlay.MakeClusterInternal(Service) is { } guideSets)
            run.Recorder.Declare(new DeclaredDeviation("sample-app-service-cluster-ip", _profile.Name,
                $"Service {Service}: {guideSets} (an internet-facing load balancer, then SAMPLEAPP_INGRESS_URL from its hostname)",
                $"Service {Service}: type ClusterIP, without the load balancer annotations",
                "the suite's load is a bounded Job in the cluster that reaches the Service by its cluster DNS name; a public load balancer would be created on every run and never used"));
        await _cluster.ApplyAsync(GuideLayout.SampleAppManifest + " (rendered)", overlay.ToYaml(), Namespace, cancellationToken);
        await _executor.ExpectAsync(new DeploymentReady(Namespace, Deployment, 1) { Budget = StartBudget() }, cancellationToken);
    }

    /// <summary>
    /// The ADOT collector: its ConfigMap (as the target's metric store takes remote writes), its service account (as the
    /// target gives workloads AWS access; the guide: eksctl create iamserviceaccount with AmazonPrometheusRemoteWriteAccess),
    /// collector.yaml; then what the metric store needs after it (the guide: the SigV4 proxy).
    /// </summary>
    public async Task DeployCollectorAsync(CancellationToken cancellationToken)
    {
        var rendered = Render();
        var configMap = _profile.MetricStore.AdaptCollectorConfig(rendered[GuideLayout.AdotConfigMap].Text, Store);
        await _cluster.ApplyAsync($"{GuideLayout.AdotConfigMap} (rendered{(configMap.Note is { } note ? ", " + note : "")})", configMap.Yaml, AdotNamespace, cancellationToken);
        await _profile.WorkloadAws.CreateServiceAccountAsync(new WorkloadIdentity(AdotNamespace, GuideNames.Require(_names.AdotServiceAccount), _environment["CLUSTER_NAME"],
            "eksctl create iamserviceaccount --name adot-collector --namespace adot … --attach-policy-arn arn:aws:iam::aws:policy/AmazonPrometheusRemoteWriteAccess",
            "the collector's IAM service account", "clean-up of the collector's IAM service account",
            _ => Task.FromResult<IReadOnlyList<string>>([RemoteWritePolicy])), run, cancellationToken);
        var collector = rendered[GuideLayout.AdotCollector].Text;
        await _cluster.ApplyAsync(GuideLayout.AdotCollector + " (rendered)", collector, AdotNamespace, cancellationToken);
        // The metric KEDA reads exists only once the collector scrapes: ready before the ScaledObject is applied.
        await _executor.ExpectAsync(new DaemonSetReady(AdotNamespace, Collector)
        {
            Budget = WaitBudget.Sum([.. PodStart.PublicImageTerms(ManifestOverlay.Parse(GuideLayout.AdotCollector, collector).Image("DaemonSet", Collector) ?? "the collector's image"),
                ("slack", run.Slack)]),
        }, cancellationToken);
        await _profile.MetricStore.AfterCollectorAsync(Store, cancellationToken);
    }

    /// <summary>The AWS managed policy the guide attaches to the collector's service account.</summary>
    public const string RemoteWritePolicy = "arn:aws:iam::aws:policy/AmazonPrometheusRemoteWriteAccess";

    /// <summary>
    /// The guide's heredoc (cat &lt;&lt; EOF &gt; scaledobject.yaml), expanded as the shell does (envsubst semantics for
    /// $VAR and ${VAR}), then pointed at where the target's metric store answers queries.
    /// </summary>
    public string RenderScaledObject(string heredoc)
    {
        var yaml = Envsubst.Render(heredoc, _environment.Values, out var undefined);
        if (undefined.Count > 0)
            throw new RenderingException($"The ScaledObject heredoc uses variables no step defined: {string.Join(", ", undefined)}.");
        yaml = _profile.MetricStore.AdaptScaledObject(yaml, ScaledObjectName, Store);
        _spec = ScalingSpecReader.Parse(yaml);
        return ScaledObjectYaml = yaml;
    }

    public Task ApplyScaledObjectAsync(CancellationToken cancellationToken) =>
        _cluster.ApplyAsync("scaledobject.yaml (the guide's heredoc)", ScaledObjectYaml ?? throw new InvalidOperationException("Render the ScaledObject first."), Namespace, cancellationToken);

    public WaitBudget ReconcileBudget() => WaitBudget.Sum(("pollingInterval (KEDA reconciles, then polls)", Spec.PollingInterval), ("slack", run.Slack));

    public Task<ExpectationResult> ExpectHpaAsync(CancellationToken cancellationToken) =>
        _executor.ExpectAsync(new HpaExists(Namespace, Hpa) { Budget = ReconcileBudget() }, cancellationToken);

    public Task<ExpectationResult> ExpectReadyAsync(CancellationToken cancellationToken) =>
        _executor.ExpectAsync(new ScaledObjectReady(Namespace, ScaledObjectName) { Budget = ReconcileBudget() }, cancellationToken);

    /// <summary>
    /// Time for the metric to show a steady load: the rate window fills, the collector scrapes and flushes its batch,
    /// KEDA polls; then the HPA scales up step by step to the oracle's count for the generated rate.
    /// </summary>
    public WaitBudget ScaleOutBudget(double rate)
    {
        var up = Allowances.ScaleUpTo(new ScalingOracle(Spec).SteadyReplicas(rate));
        return WaitBudget.Sum(
            (RateWindowTerm, RateWindow),
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
        run.Recorder.Declare(new DeclaredDeviation("bounded-load-job", _profile.Name,
            "for i in `seq 99999`; do curl http://$SAMPLEAPP_INGRESS_URL; done (from a terminal, through the load balancer)",
            $"a Job in the cluster: {load.Describe()}",
            "the load must be bounded in count and time and must not depend on a public load balancer (the Service is cluster-internal: sample-app-service-cluster-ip)"));
        run.Recorder.Attach("load", load.Describe());
        var applied = await _cluster.ApplyAsync("load Job (bounded)", load.Manifest(), Namespace, cancellationToken);
        _loadJob = applied[0].ToString();
        Load = load;
    }

    /// <summary>The Deployment scales out to the oracle's count for the metric KEDA reads, every count on the way within the oracle's band.</summary>
    public Task<ExpectationResult> ExpectScaleOutAsync(CancellationToken cancellationToken)
    {
        var load = Load ?? throw new InvalidOperationException("Start the load first.");
        return _executor.ExpectAsync(new ScalingFollowsOracle(Namespace, Deployment, Hpa, Spec,
            new ExternalMetricSource(Namespace, ExternalMetric, ScaledObjectName), TimelineGoal.ReachOracleBand, run.Slack)
        {
            Budget = ScaleOutBudget(load.TotalRate),
        }, cancellationToken);
    }

    /// <summary>The guide's expected HPA event: SuccessfulRescale … external metric s0-prometheus(…) above target.</summary>
    public Task<ExpectationResult> ExpectRescaleEventAsync(CancellationToken cancellationToken) =>
        _executor.ExpectAsync(new HpaEventShows(Namespace, Hpa, "SuccessfulRescale", [$"external metric {ExternalMetric}(", "above target"])
        {
            Budget = ReconcileBudget(),
        }, cancellationToken);

    /// <summary>The load stops: the Job is deleted (its pods end within their grace period).</summary>
    public async Task StopLoadAsync(CancellationToken cancellationToken)
    {
        var job = _loadJob ?? throw new InvalidOperationException("No load Job was started.");
        var reference = new ObjectReference("batch/v1", "Job", Namespace, "kedaguidance-load");
        await _executor.RunAsync(new DeleteObject(reference, run.RunId, _cluster.DeleteBudget(reference)), cancellationToken);
        run.Ledger.Settle(job);
    }

    /// <summary>
    /// Back to 1 once the load stopped: the rate window empties, the collector and KEDA catch up, then the HPA's
    /// scale-down stabilization window (300 s by default) + pollingInterval + HPA sync + slack.
    /// </summary>
    public Task<ExpectationResult> ExpectBackToMinAsync(CancellationToken cancellationToken)
    {
        var back = Allowances.BackToMin();
        return _executor.ExpectAsync(new ScalingFollowsOracle(Namespace, Deployment, Hpa, Spec,
            new ExternalMetricSource(Namespace, ExternalMetric, ScaledObjectName), TimelineGoal.ReturnToMin, run.Slack)
        {
            Budget = WaitBudget.Sum(
                (RateWindowTerm + " empties", RateWindow),
                ("collector scrape_interval", ScrapeInterval),
                ("collector batch timeout", BatchTimeout),
                ($"back to min ({back.Derivation})", back.Limit)),
        }, cancellationToken);
    }

    /// <summary>
    /// A freshly applied Deployment's pods start with their image present (loaded or pushed): the suite's stated
    /// container-start allowance + slack (the termination grace it used to borrow bounds a pod's stop, not its start).
    /// </summary>
    public static WaitBudget PodStartBudget(TimeSpan slack) =>
        WaitBudget.Sum(("container start, image present (stated allowance)", PodStart.ContainerStartAllowance), ("slack", slack));

    /// <summary>The sample app's pod: its image pulled as the target delivers it (ECR on eks, none where it is loaded), then its start.</summary>
    private WaitBudget StartBudget() => WaitBudget.Sum([.. PodStart.Terms(_profile.Images.Pull), ("slack", run.Slack)]);

    private RenderedGuide Render() =>
        _rendered is { } r && r.Environment == _environment
            ? r
            : _rendered = GuideRenderer.Render(run.GuideRoot, _environment, run.Scratch.Combine("rendered", "prometheus"));
}
