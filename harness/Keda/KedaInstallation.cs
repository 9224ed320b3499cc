using Amazon.Runtime;
using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Helm;
using KedaGuidance.Harness.Keda.Chart;
using KedaGuidance.Harness.Kubernetes;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Rendering;
using KedaGuidance.Harness.Static.Knowledge;
using HelmInstall = KedaGuidance.Harness.Helm.HelmInstall; // not the static layer's HelmInstall (the guide's command line, parsed)
using KedaGuidance.Harness.Targets;

namespace KedaGuidance.Harness.Keda;

/// <summary>
/// The guide's "Install KEDA" section as operations and expectations: the namespace, the values rendered from the
/// guide's template, the kedacore repository, the chart installed at the suite's pinned version, then the guide's
/// expected outputs. Target differences go into a second values file (<see cref="DeviationsValuesFile"/>) and are
/// declared in the run record, so the guide's own values file is passed to helm exactly as the guide renders it.
/// Before installing, the chart's own image defaults are read (so a chart that would double the guide's registry gets
/// it emptied) and the chart is rendered with exactly the two values files and checked (the chart preflight).
/// </summary>
/// <param name="cluster">The target's cluster as "Install KEDA" sees it (its name, OIDC id, Kubernetes version); none by default.</param>
public sealed class KedaInstallation(RunContext run, GuideEnvironment environment, KedaAwsAccess access, GuideCluster? cluster = null)
{
    public const string RepositoryName = KedaChartSource.RepositoryName;
    public const string RepositoryUrl = KedaChartSource.RepositoryUrl;
    public const string Chart = KedaChartSource.RepositoryReference;
    public const string ChartName = KedaChartSource.ChartName;
    public const string ValuesFileName = "keda/keda-values.yaml";
    public const string DeviationsValuesFile = "kedaguidance-deviations.yaml";
    public const string CredentialsSecret = "keda-aws-credentials";
    public const string ScaledObjectCrd = "scaledobjects.keda.sh";
    public const string ExternalMetricsApiService = "v1beta1.external.metrics.k8s.io";

    /// <summary>The guide's expected pods (kubectl get pods -n keda): one Deployment each, pods labelled app=&lt;name&gt;.</summary>
    public static IReadOnlyList<string> Components { get; } = [.. Enum.GetValues<KedaComponent>().Select(KedaChart.DeploymentName)];

    /// <summary>Stated allowance for pulling KEDA's images from ghcr.io on a fresh node.</summary>
    public static readonly TimeSpan ImagePullAllowance = TimeSpan.FromSeconds(120);

    /// <summary>Stated allowance for a KEDA container to start and pass its readiness probe.</summary>
    public static readonly TimeSpan StartAndReadinessAllowance = TimeSpan.FromSeconds(60);

    /// <summary>Stated allowance for the API server to mark a new CRD's names accepted and Established.</summary>
    public static readonly TimeSpan CrdEstablishAllowance = TimeSpan.FromSeconds(10);

    /// <summary>Stated allowance for the aggregator to find the metrics server's endpoint and mark the APIService Available.</summary>
    public static readonly TimeSpan ApiServiceAllowance = TimeSpan.FromSeconds(30);

    /// <summary>Stated allowance for helm to record the release as deployed after install returns (no --wait).</summary>
    public static readonly TimeSpan ReleaseRecordAllowance = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Kinds the pinned chart labels from a fixed set that values cannot extend (<see cref="KedaChart.KindsWithoutRunLabel"/>:
    /// the CRDs from chart 2.13.0). They are owned by the release (helm uninstall deletes them) and listed by the preflight.
    /// </summary>
    public IReadOnlySet<string> KindsWithoutRunLabel => KedaCharts.Closest(_settings.KedaChartVersion).KindsWithoutRunLabel;

    private readonly TargetProfile _profile = run.RequireProfile();
    private readonly IExecutor _executor = run.Executor;
    private readonly SuiteSettings _settings = run.Settings;
    private readonly ClusterActions _cluster = new(run.Executor, run.Ledger, run.RunId, run.Slack);
    private IReadOnlyList<RegistryOverride> _registries = [];

    /// <summary>How KEDA reaches AWS on this run (the Secret's content, when there is one, never reaches the evidence).</summary>
    public KedaAwsAccess Access => access;

    /// <summary>The guide's environment the section renders with (the target's account, region, cluster name and OIDC id).</summary>
    public GuideEnvironment Environment => environment;

    /// <summary>The target's cluster as its profile resolved it.</summary>
    public GuideCluster Cluster { get; } = cluster ?? GuideCluster.None("no cluster identity was resolved for this installation");

    /// <summary>
    /// "Install KEDA" for the run's target: the cluster the target names resolved first (on EKS: describe-cluster, the
    /// context and OIDC provider checks — before anything is created), the guide's environment given its CLUSTER_NAME
    /// and OIDC_ID, and KEDA's AWS access as the profile resolves it.
    /// </summary>
    /// <param name="contextServer">The kube context's API server (null in a plan).</param>
    public static async Task<KedaInstallation> PrepareAsync(RunContext run, GuideEnvironment environment, ClusterAws aws, AWSCredentials? credentials, Uri? contextServer,
        CancellationToken cancellationToken)
    {
        var profile = run.RequireProfile();
        var cluster = await profile.Cluster.ResolveAsync(run, aws, contextServer, cancellationToken);
        var access = await profile.KedaAws.ResolveAsync(aws, credentials, cancellationToken);
        return new KedaInstallation(run, cluster.Apply(environment), access, cluster);
    }

    /// <summary>The chart preflight's report (planned in a plan); null before <see cref="InstallAsync"/>.</summary>
    public ChartRenderReport? Preflight { get; private set; }

    public KedaChartSource ChartSource => _settings.KedaChart;

    /// <summary>The release name of the guide's <c>helm install keda kedacore/keda</c> (<see cref="GuideNames.KedaRelease"/>).</summary>
    public string Release => run.Guide.Names.KedaRelease.Value;

    public string Namespace => environment["KEDA_NAMESPACE"];

    /// <summary>The guide's ACCOUNT_ID on this target (the IRSA role ARN in the values names it).</summary>
    public string Account => environment["ACCOUNT_ID"];

    /// <summary><c>kubectl create namespace $KEDA_NAMESPACE</c>.</summary>
    public Task CreateNamespaceAsync(CancellationToken cancellationToken) => _cluster.CreateNamespaceAsync(Namespace, cancellationToken);

    /// <summary><c>envsubst &lt; keda/keda-values.yaml.template &gt; keda/keda-values.yaml</c>, in memory; an undefined variable fails, naming the step that defines it.</summary>
    public ValuesFile RenderValues()
    {
        var template = new GuideFiles(run.GuideRoot).ReadText(GuideLayout.KedaValuesTemplate); // bounded: never a link, a FIFO or a huge file
        var text = GuideRenderer.RenderText(template, GuideRenderPlan.For(GuideLayout.KedaValuesTemplate), environment.Values, out var undefined);
        if (undefined.Count > 0)
            throw new InvalidOperationException(
                $"{GuideLayout.KedaValuesTemplate} uses {string.Join(", ", undefined)}, which the guide's environment does not define (defined by: {string.Join("; ", undefined.Select(v => GuideEnvironment.StepDefining(v) ?? "no step"))}).");
        return new ValuesFile(ValuesFileName, text);
    }

    /// <summary>
    /// The second values file: the run-id label on every object, KEDA's AWS access where it is not the guide's IRSA, and
    /// the emptied registry of each image the pinned chart would otherwise double (known once <see cref="InstallAsync"/> read the chart).
    /// </summary>
    public ValuesFile DeviationsValues() => new(DeviationsValuesFile, KedaValuesOverlay.Render(_settings.RunId, access, CredentialsSecret, _registries));

    /// <summary><c>helm repo add kedacore https://kedacore.github.io/charts</c> (not needed, and not done, for a chart on disk).</summary>
    public Task AddRepositoryAsync(CancellationToken cancellationToken) =>
        ChartSource.NeedsRepository ? _executor.RunAsync(new HelmRepoAdd(RepositoryName, RepositoryUrl), cancellationToken) : Task.CompletedTask;

    /// <summary>What the chart preflight checks the render against (see <see cref="ChartRenderExpectations"/>), from the guide and the run.</summary>
    public ChartRenderExpectations RenderExpectations(ValuesFile values)
    {
        var annotations = new Dictionary<string, string>(StringComparer.Ordinal);
        if (access is KedaAwsAccess.Irsa && OperatorIdentity.RoleArn(values.Text) is { } role)
            annotations[KedaChartRender.RoleAnnotation] = role;
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        if (access is KedaAwsAccess.StaticCredentials credentials)
        {
            env["AWS_ACCESS_KEY_ID"] = $"secretKeyRef {CredentialsSecret}/AWS_ACCESS_KEY_ID";
            env["AWS_SECRET_ACCESS_KEY"] = $"secretKeyRef {CredentialsSecret}/AWS_SECRET_ACCESS_KEY";
            env["AWS_REGION"] = credentials.Region;
            env["AWS_ENDPOINT_URL"] = credentials.Endpoint.ToString().TrimEnd('/');
        }
        return new ChartRenderExpectations(Namespace, RunLabel.Key, _settings.RunId, $"{ChartName}-{_settings.KedaChartVersion}", Components,
            KedaChart.DeploymentName(KedaComponent.Operator), OperatorIdentity.TrustedServiceAccount(run.GuideRoot, environment), annotations, env, KindsWithoutRunLabel);
    }

    /// <summary>
    /// <c>helm install keda kedacore/keda --namespace keda -f keda/keda-values.yaml</c>, pinned to the suite's chart
    /// version, with the deviations file (and, with static credentials, their Secret applied first). In order: the
    /// chart's image defaults are read; what the target does before the chart preflight
    /// (<see cref="TargetProfile.BeforeKedaInstall"/> at <see cref="KedaInstallStage.BeforePreflight"/>: on eks the
    /// operator's IAM role, where the guide creates it); the chart preflight renders and checks the chart; then what the
    /// target does right before helm install (<see cref="KedaInstallStage.BeforeHelmInstall"/>). A pinned chart KEDA was
    /// not tested with on the cluster's Kubernetes version is declared (<see cref="KedaChartCompatibility"/>).
    /// </summary>
    public async Task InstallAsync(ValuesFile values, CancellationToken cancellationToken)
    {
        var defaults = await _executor.RunAsync(new ReadChartImageDefaults(ChartSource, _settings.KedaChartVersion), cancellationToken);
        _registries = KedaImageRegistry.Overrides(defaults, values.Text);
        foreach (var deviation in KedaDeviations.For(_profile.Name, _settings.KedaChartVersion, ChartSource, _registries).Concat(_profile.KedaAws.InstallDeviations(access, _profile.Name)))
            run.Recorder.Declare(deviation);
        if (KedaChartCompatibility.Deviation(_profile.Name, _settings.KedaChartVersion, Cluster.KubernetesVersion) is { } untested)
            run.Recorder.Declare(untested);
        foreach (var step in _profile.BeforeKedaInstall.Where(s => s.Stage == KedaInstallStage.BeforePreflight))
            await step.RunAsync(this, run, cancellationToken);

        var files = new[] { values, DeviationsValues() };
        Preflight = await _executor.RunAsync(new CheckChartRender(Release, ChartSource, Namespace, _settings.KedaChartVersion, files, RenderExpectations(values)), cancellationToken);

        if (access is KedaAwsAccess.StaticCredentials credentials)
            await _cluster.ApplyAsync($"Secret {Namespace}/{CredentialsSecret} (declared deviation: KEDA's AWS credentials on the {_profile.Name} target)",
                KedaValuesOverlay.CredentialsSecret(CredentialsSecret, Namespace, credentials), Namespace, cancellationToken, sensitive: true);
        foreach (var step in _profile.BeforeKedaInstall.Where(s => s.Stage == KedaInstallStage.BeforeHelmInstall))
            await step.RunAsync(this, run, cancellationToken);

        await _executor.RunAsync(new HelmInstall(Release, ChartSource.Reference, Namespace, _settings.KedaChartVersion, files), cancellationToken);
        var resource = $"helm release {Namespace}/{Release}";
        if (!run.Ledger.Pending.Contains(resource))
            run.Ledger.Register(resource, new HelmUninstall(Release, Namespace, UninstallBudget));
    }

    public WaitBudget UninstallBudget => WaitBudget.Sum(("terminationGracePeriodSeconds of KEDA's pods (Kubernetes default)", ClusterActions.DefaultTerminationGrace), ("slack", _settings.Slack));

    public WaitBudget ReleaseBudget => WaitBudget.Sum(("release recorded after helm install returns (stated allowance, no --wait)", ReleaseRecordAllowance), ("slack", _settings.Slack));

    public WaitBudget PodsBudget => WaitBudget.Sum(("image pull from ghcr.io (stated allowance)", ImagePullAllowance),
        ("container start and readiness probe (stated allowance)", StartAndReadinessAllowance), ("slack", _settings.Slack));

    public WaitBudget CrdBudget => WaitBudget.Sum(("CRD names accepted (stated allowance)", CrdEstablishAllowance), ("slack", _settings.Slack));

    public WaitBudget ApiServiceBudget => WaitBudget.Sum(("image pull from ghcr.io (stated allowance)", ImagePullAllowance),
        ("container start and readiness probe (stated allowance)", StartAndReadinessAllowance),
        ("aggregator availability check (stated allowance)", ApiServiceAllowance), ("slack", _settings.Slack));

    /// <summary><c>helm list -n keda</c>: keda deployed, chart keda-&lt;pinned version&gt;.</summary>
    public Task ExpectReleaseDeployedAsync(CancellationToken cancellationToken) =>
        _executor.ExpectAsync(new HelmReleaseDeployed(Release, Namespace, ChartName, _settings.KedaChartVersion) { Budget = ReleaseBudget }, cancellationToken);

    /// <summary><c>kubectl get pods -n keda</c>: the component's pods Running and 1/1 Ready.</summary>
    public Task ExpectComponentReadyAsync(string component, CancellationToken cancellationToken) =>
        _executor.ExpectAsync(new PodsReady(Namespace, component) { Budget = PodsBudget }, cancellationToken);

    public Task ExpectCrdEstablishedAsync(string crd, CancellationToken cancellationToken) =>
        _executor.ExpectAsync(new CrdEstablished(crd) { Budget = CrdBudget }, cancellationToken);

    public Task ExpectApiServiceAvailableAsync(string apiService, CancellationToken cancellationToken) =>
        _executor.ExpectAsync(new ApiServiceAvailable(apiService) { Budget = ApiServiceBudget }, cancellationToken);
}
