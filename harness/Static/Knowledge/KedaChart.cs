namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>
/// What one version of the KEDA Helm chart does with a values file, as data read from kedacore/charts keda/ at its tag
/// (Chart.yaml, values.yaml, templates/{manager,metrics-server,webhooks}/deployment.yaml and serviceaccount.yaml):
/// <list type="bullet">
/// <item><see cref="AppVersion"/>: Chart.yaml appVersion, the image tag when <c>image.*.tag</c> is empty.</item>
/// <item><see cref="RegistryKeys"/>: from 2.13 the templates render
/// <c>$registry := .Values.global.image.registry | default .Values.image.&lt;c&gt;.registry | default ""</c> and then
/// <c>registry/repository:tag</c> (or <c>repository:tag</c> without one); 2.12 renders <c>repository:tag</c>.</item>
/// <item><see cref="DefaultRegistry"/>: <c>image.*.registry</c> in values.yaml: absent (2.12), null (2.13–2.14),
/// <c>ghcr.io</c> (2.15+, with repositories shortened to <c>kedacore/…</c>).</item>
/// <item><see cref="SplitServiceAccounts"/>: from 2.14 <c>serviceAccount.{operator,metricServer,webhooks}.{name,annotations}</c>
/// (names keda-operator, keda-metrics-server, keda-webhook), each falling back to the flat pre-2.14
/// <c>serviceAccount.name</c>/<c>annotations</c> with <c>| default</c>; before, one <c>serviceAccount.name</c> for all three.</item>
/// <item><see cref="OperatorFallsBackToFlatAnnotations"/>: false only in 2.14.0, whose manager/serviceaccount.yaml writes
/// <c>toYaml (.Values.serviceAccount.operator).annotations | default .Values.serviceAccount.annotations</c>: the pipe
/// applies to toYaml's output ("{}"), so the flat annotations never reach keda-operator (2.14.1 added the parentheses).</item>
/// <item><see cref="CrdsTakeAdditionalLabels"/>: the CRDs carry <c>additionalLabels</c> (so the run-id label) up to 2.12;
/// from 2.13.0 (kedacore/charts#556) the keda.sh CRDs take the fixed labels of <c>keda.crd-labels</c> only. Checked
/// with helm template 3.17.2 at 2.12.0, 2.12.1, 2.13.0, 2.13.2 and 2.14.3 with <c>additionalLabels</c> set.</item>
/// <item><see cref="TestedKubernetes"/>: the Kubernetes minors KEDA tested that release on (keda-docs
/// content/docs/2.21/operate/cluster.md, "Kubernetes Compatibility").</item>
/// </list>
/// Each version's facts were checked against <c>helm template</c> 3.17.2 of the chart with the guide's values
/// (KedaChartRenderTests compares them with a real render when KEDAGUIDE_KEDA_CHART and helm are there). This is the
/// one store of per-version chart facts: the static layer renders from it, and a plan's chart preflight answers from it
/// (<see cref="Keda.Chart.ChartImageDefaults.Planned"/>) where a live run reads the chart itself.
/// </summary>
public sealed record KedaChart(
    Version Version,
    string AppVersion,
    bool RegistryKeys,
    string? DefaultRegistry,
    bool SplitServiceAccounts,
    bool OperatorFallsBackToFlatAnnotations,
    bool CrdsTakeAdditionalLabels,
    (Version Min, Version Max) TestedKubernetes)
{
    /// <summary>The operator's service account in the chart's defaults (every known version): what IRSA's trust policy names.</summary>
    public const string OperatorServiceAccount = "keda-operator";

    public string Name => Version.ToString(3);

    /// <summary>Where the facts come from: kedacore/charts, folder keda/, at this tag.</summary>
    public string Source => $"kedacore/charts v{Name} keda/";

    /// <summary>The Deployment (and its pods' <c>app</c> label) the chart renders for a component, the same in every known version.</summary>
    public static string DeploymentName(KedaComponent component) => component switch
    {
        KedaComponent.Operator => "keda-operator",
        KedaComponent.MetricsApiServer => "keda-operator-metrics-apiserver",
        _ => "keda-admission-webhooks",
    };

    /// <summary>Kinds the chart labels from a fixed set the values cannot extend (the preflight lists them instead of failing).</summary>
    public IReadOnlySet<string> KindsWithoutRunLabel => CrdsTakeAdditionalLabels
        ? new HashSet<string>(StringComparer.Ordinal)
        : new HashSet<string>(StringComparer.Ordinal) { "CustomResourceDefinition" };

    /// <summary>The values key of a component's image (<c>image.&lt;key&gt;</c>).</summary>
    public static string ImageKey(KedaComponent component) => component switch
    {
        KedaComponent.Operator => "keda",
        KedaComponent.MetricsApiServer => "metricsApiServer",
        _ => "webhooks",
    };

    /// <summary>The values key of a component's service account from chart 2.14 (<c>serviceAccount.&lt;key&gt;</c>).</summary>
    public static string ServiceAccountKey(KedaComponent component) => component switch
    {
        KedaComponent.Operator => "operator",
        KedaComponent.MetricsApiServer => "metricServer",
        _ => "webhooks",
    };

    /// <summary>The chart's default repository of a component's image (values.yaml image.&lt;key&gt;.repository).</summary>
    public string DefaultRepository(KedaComponent component)
    {
        var name = component switch
        {
            KedaComponent.Operator => "kedacore/keda",
            KedaComponent.MetricsApiServer => "kedacore/keda-metrics-apiserver",
            _ => "kedacore/keda-admission-webhooks",
        };
        return DefaultRegistry is null ? "ghcr.io/" + name : name;
    }

    /// <summary>The chart's default service account of a component (values.yaml serviceAccount[.&lt;key&gt;].name).</summary>
    public string DefaultServiceAccount(KedaComponent component) => !SplitServiceAccounts ? OperatorServiceAccount : component switch
    {
        KedaComponent.Operator => OperatorServiceAccount,
        KedaComponent.MetricsApiServer => "keda-metrics-server",
        _ => "keda-webhook",
    };

    /// <summary>True when KEDA was tested on that Kubernetes minor.</summary>
    public bool TestedOn(Version kubernetes) =>
        new Version(kubernetes.Major, kubernetes.Minor) >= TestedKubernetes.Min && new Version(kubernetes.Major, kubernetes.Minor) <= TestedKubernetes.Max;

    public string TestedRange => $"{TestedKubernetes.Min}–{TestedKubernetes.Max}";
}
