using KedaGuidance.Harness.Helm;
using KedaGuidance.Harness.Keda;
using KedaGuidance.Harness.Keda.Chart;
using KedaGuidance.Harness.Static.Knowledge;

namespace KedaGuidance.Harness.Tests.Keda;

/// <summary>The chart preflight's checker over small renders shaped as `helm template` of the KEDA chart prints them.</summary>
public sealed class ChartRenderCheckTests
{
    private const string RunId = "kg-t";
    private const string Role = "arn:aws:iam::123456789012:role/keda-operator-role";

    private static ChartRenderExpectations Expected(IReadOnlyDictionary<string, string>? env = null) => new("keda", "kedaguidance.io/run-id", RunId, "keda-2.16.1",
        KedaInstallation.Components, "keda-operator", "keda-operator",
        new Dictionary<string, string> { ["eks.amazonaws.com/role-arn"] = Role }, env ?? new Dictionary<string, string>(), KedaCharts.Closest("2.16.1").KindsWithoutRunLabel);

    private static string Labels(string? runId = RunId, string chart = "keda-2.16.1") =>
        $"    helm.sh/chart: {chart}\n" + (runId is null ? "" : $"    kedaguidance.io/run-id: {runId}\n");

    private static string ServiceAccount(string name, bool annotated = true, string? runId = RunId) => $"""
        ---
        # Source: keda/templates/manager/serviceaccount.yaml
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: {name}
          namespace: keda
          labels:
        {Labels(runId)}  annotations:
        {(annotated ? $"    eks.amazonaws.com/role-arn: {Role}\n" : "    {}\n")}
        """;

    private static string Deployment(string name, string account, string image, string? podRunId = RunId, string app = "", string env = "") => $"""
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: {name}
          namespace: keda
          labels:
        {Labels()}spec:
          template:
            metadata:
              labels:
                app: {(app.Length > 0 ? app : name)}
        {(podRunId is null ? "" : $"        kedaguidance.io/run-id: {podRunId}\n")}    spec:
              serviceAccountName: {account}
              containers:
                - name: {name}
                  image: "{image}"
        {env}
        """;

    private static string Crd => """
        ---
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata:
          name: scaledobjects.keda.sh
          labels:
            app.kubernetes.io/part-of: keda-operator
            helm.sh/chart: keda-2.16.1
        """;

    /// <summary>The chart 2.16.1 render with the guide's values and the suite's registry override: everything right.</summary>
    private static string Render(string operatorImage = "ghcr.io/kedacore/keda:2.16.1", string metricsImage = "ghcr.io/kedacore/keda-metrics-apiserver:2.16.1",
        string operatorAccount = "keda-operator", bool operatorAnnotated = true, string? configMapRunId = RunId, string operatorEnv = "") =>
        string.Join("\n", ServiceAccount("keda-operator", operatorAnnotated), ServiceAccount("keda-metrics-server"), ServiceAccount("keda-webhook"), Crd,
            Deployment("keda-operator", operatorAccount, operatorImage, env: operatorEnv),
            Deployment("keda-operator-metrics-apiserver", "keda-metrics-server", metricsImage),
            Deployment("keda-admission-webhooks", "keda-webhook", "ghcr.io/kedacore/keda-admission-webhooks:2.16.1"), $"""
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: keda-operator
          namespace: keda
          labels:
        {Labels(configMapRunId)}
        """);

    private static IReadOnlyList<string> Check(string render, ChartRenderExpectations? expected = null) =>
        ChartRenderCheck.Problems(RenderedObject.ParseAll(render), expected ?? Expected());

    [Fact]
    public void A_right_render_passes_and_the_report_lists_images_accounts_and_the_unlabelled_CRDs()
    {
        var objects = RenderedObject.ParseAll(Render());

        ChartRenderCheck.Problems(objects, Expected()).Should().BeEmpty();
        var report = ChartRenderCheck.Report(objects, Expected());
        report.Images.Should().Equal("ghcr.io/kedacore/keda:2.16.1", "ghcr.io/kedacore/keda-metrics-apiserver:2.16.1", "ghcr.io/kedacore/keda-admission-webhooks:2.16.1");
        report.ServiceAccounts.Should().Contain("keda-operator → keda-operator");
        report.WithoutRunLabel.Should().Equal("CustomResourceDefinition scaledobjects.keda.sh");
    }

    [Fact]
    public void A_doubled_registry_is_named_with_the_object_container_and_image()
    {
        var problems = Check(Render(operatorImage: "ghcr.io/ghcr.io/kedacore/keda:2.16.1", metricsImage: "ghcr.io/ghcr.io/kedacore/keda-metrics-apiserver:2.16.1"));

        problems.Should().HaveCount(2);
        problems[0].Should().StartWith("Deployment keda/keda-operator, container keda-operator: image 'ghcr.io/ghcr.io/kedacore/keda:2.16.1' names two registries (ghcr.io, then ghcr.io again")
            .And.Contain("ErrImagePull");
        problems[1].Should().StartWith("Deployment keda/keda-operator-metrics-apiserver, container keda-operator-metrics-apiserver: image 'ghcr.io/ghcr.io/kedacore/keda-metrics-apiserver:2.16.1'");
    }

    [Fact]
    public void An_operator_running_as_another_service_account_than_the_trust_policy_trusts_is_named()
    {
        var problems = Check(Render(operatorAccount: "keda-metrics-server"));

        problems.Should().ContainSingle().Which.Should()
            .Be("Deployment keda/keda-operator: runs as ServiceAccount 'keda-metrics-server', but the guide's trust policy trusts system:serviceaccount:keda:keda-operator; KEDA's operator would get no AWS role");
    }

    [Fact]
    public void The_IRSA_annotation_on_the_other_service_accounts_only_is_named_as_chart_2_14_0_renders_it()
    {
        var problems = Check(Render(operatorAnnotated: false));

        problems.Should().ContainSingle().Which.Should()
            .StartWith("ServiceAccount keda/keda-operator: annotation eks.amazonaws.com/role-arn is missing, expected 'arn:aws:iam::123456789012:role/keda-operator-role'")
            .And.EndWith("the chart put it on ServiceAccount keda/keda-metrics-server, ServiceAccount keda/keda-webhook instead");
    }

    [Fact]
    public void A_missing_run_id_label_is_named_on_the_object_and_on_a_pod_template()
    {
        var render = Render(configMapRunId: null).Replace("        kedaguidance.io/run-id: kg-t\n    spec:\n      serviceAccountName: keda-webhook",
            "    spec:\n      serviceAccountName: keda-webhook", StringComparison.Ordinal);

        var problems = Check(render);

        problems.Should().BeEquivalentTo(
            "Service keda/keda-operator: label kedaguidance.io/run-id is missing, expected 'kg-t' (chart additionalLabels in the suite's values)",
            "Deployment keda/keda-admission-webhooks, pod template: label kedaguidance.io/run-id is missing, expected 'kg-t'");
    }

    [Fact]
    public void A_missing_deployment_a_wrong_pod_label_and_an_account_the_chart_does_not_create_are_named()
    {
        var render = Render().Replace("name: keda-admission-webhooks", "name: keda-webhooks", StringComparison.Ordinal)
            .Replace("app: keda-operator-metrics-apiserver", "app: keda-metrics", StringComparison.Ordinal)
            .Replace("name: keda-webhook\n", "name: keda-hooks\n", StringComparison.Ordinal);

        var problems = Check(render);

        problems.Should().Contain(p => p.StartsWith("no Deployment keda/keda-admission-webhooks in the render", StringComparison.Ordinal));
        problems.Should().Contain("Deployment keda/keda-operator-metrics-apiserver: pods labelled app=keda-metrics, but the expectations select app=keda-operator-metrics-apiserver");
        problems.Should().Contain(p => p.Contains("runs as ServiceAccount keda/keda-webhook, which the chart does not create", StringComparison.Ordinal));
    }

    [Fact]
    public void Another_chart_version_than_the_pinned_one_is_named_with_what_to_set()
    {
        var problems = Check(Render().Replace("keda-2.16.1", "keda-2.14.3", StringComparison.Ordinal));

        problems.Should().ContainSingle().Which.Should().Contain("label helm.sh/chart=keda-2.14.3, but the pinned chart is keda-2.16.1").And.Contain("KEDAGUIDE_KEDA_CHART_VERSION");
    }

    [Fact]
    public void The_local_targets_environment_must_reach_the_operator_container()
    {
        var expected = Expected(new Dictionary<string, string> { ["AWS_ENDPOINT_URL"] = "http://localstack:4566", ["AWS_ACCESS_KEY_ID"] = "secretKeyRef keda-aws-credentials/AWS_ACCESS_KEY_ID" });
        const string env = """
                      env:
                        - name: AWS_ACCESS_KEY_ID
                          valueFrom:
                            secretKeyRef:
                              name: keda-aws-credentials
                              key: AWS_ACCESS_KEY_ID
                        - name: AWS_ENDPOINT_URL
                          value: "http://localhost:4566"
            """;

        var problems = Check(Render(operatorEnv: env), expected);

        problems.Should().ContainSingle().Which.Should()
            .Be("Deployment keda/keda-operator, container keda-operator: env AWS_ENDPOINT_URL is 'http://localhost:4566', expected 'http://localstack:4566' (the suite's values file, chart top-level env)");
    }

    [Fact]
    public void An_empty_render_is_a_problem_not_a_pass() =>
        Check("---\n# Source: nothing\n").Should().Equal("the chart rendered no object at all");
}
