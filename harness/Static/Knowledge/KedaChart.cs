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
/// <item><see cref="TestedKubernetes"/>: the Kubernetes minors KEDA tested that release on (keda-docs
/// content/docs/2.21/operate/cluster.md, "Kubernetes Compatibility").</item>
/// </list>
/// Each version's facts were checked against <c>helm template</c> 3.17.2 of the chart with the guide's values
/// (KedaChartRenderTests compares them with a real render when KEDAGUIDE_KEDA_CHART and helm are there).
/// </summary>
public sealed record KedaChart(
    Version Version,
    string AppVersion,
    bool RegistryKeys,
    string? DefaultRegistry,
    bool SplitServiceAccounts,
    bool OperatorFallsBackToFlatAnnotations,
    (Version Min, Version Max) TestedKubernetes)
{
    public string Name => Version.ToString(3);

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
    public string DefaultServiceAccount(KedaComponent component) => !SplitServiceAccounts ? "keda-operator" : component switch
    {
        KedaComponent.Operator => "keda-operator",
        KedaComponent.MetricsApiServer => "keda-metrics-server",
        _ => "keda-webhook",
    };

    /// <summary>True when KEDA was tested on that Kubernetes minor.</summary>
    public bool TestedOn(Version kubernetes) =>
        new Version(kubernetes.Major, kubernetes.Minor) >= TestedKubernetes.Min && new Version(kubernetes.Major, kubernetes.Minor) <= TestedKubernetes.Max;

    public string TestedRange => $"{TestedKubernetes.Min}–{TestedKubernetes.Max}";
}
