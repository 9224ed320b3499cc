using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Keda;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Rendering;
using KedaGuidance.Harness.Teardown;
using KedaGuidance.Harness.Tests.Configuration;

namespace KedaGuidance.Harness.Tests.Keda;

/// <summary>The "Install KEDA" section planned for each target, and the record checked the way CI's plan stage checks it.</summary>
public sealed class KedaInstallPlanTests
{
    private static string GuideRoot => TestGuide.Root;

    private static async Task<(RunRecorder Recorder, TeardownLedger Ledger, KedaAwsAccess Access)> PlanAsync(string target, string? chartVersion = null, string? chart = null)
    {
        var (recorder, ledger, keda) = await PlanInstallationAsync(target, chartVersion, chart);
        return (recorder, ledger, keda.Access);
    }

    internal static async Task<(RunRecorder Recorder, TeardownLedger Ledger, KedaInstallation Keda)> PlanInstallationAsync(string target, string? chartVersion = null, string? chart = null)
    {
        var extra = new List<(string, string)>();
        if (chartVersion is not null) extra.Add((SettingNames.KedaChartVersion, chartVersion));
        if (chart is not null) extra.Add((SettingNames.KedaChart, chart));
        var settings = TestRuns.PlanSettings(target, GuideRoot, "kg-plan-test", [.. extra]);
        var run = TestRuns.Plan(settings, GuideRoot);
        var recorder = run.Recorder;
        var ledger = run.Ledger;
        // The profile resolves the cluster and KEDA's access as "the cluster of this run's target" does; a live run hands
        // it real keys, here stand-ins that must never reach the record.
        var keda = await KedaInstallation.PrepareAsync(run, TestRuns.ExampleEnvironment(GuideRoot), SuiteTargets.Find(target)!.PlanAws(settings).ForCluster,
            new Amazon.Runtime.BasicAWSCredentials("AKIDPLANNED", "secret-never-shown"), contextServer: null, CancellationToken.None);
        await keda.CreateNamespaceAsync(CancellationToken.None);
        var values = keda.RenderValues();
        await keda.AddRepositoryAsync(CancellationToken.None);
        await keda.InstallAsync(values, CancellationToken.None);
        await keda.ExpectReleaseDeployedAsync(CancellationToken.None);
        foreach (var component in KedaInstallation.Components)
            await keda.ExpectComponentReadyAsync(component, CancellationToken.None);
        await keda.ExpectCrdEstablishedAsync(KedaInstallation.ScaledObjectCrd, CancellationToken.None);
        await keda.ExpectApiServiceAvailableAsync(KedaInstallation.ExternalMetricsApiService, CancellationToken.None);
        return (recorder, ledger, keda);
    }

    public static TheoryData<string> Targets => [.. SuiteTargets.Catalog.Names];

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task The_plan_holds_the_whole_section_for_the_target(string target)
    {
        var (recorder, _, access) = await PlanAsync(target);

        KedaInstallRecord.Problems(recorder.CurrentEntries(), access, SettingDefinitions.DefaultKedaChartVersion, GuideFacts.ExampleAccount, "kg-plan-test").Should().BeEmpty();
        recorder.Snapshot().Deviations.Select(d => d.Id).Should().Contain(["keda-chart-version", "keda-run-id-labels"]);
    }

    [Fact]
    public async Task Credentials_never_reach_the_record_and_the_local_deviation_is_declared()
    {
        var (recorder, _, _) = await PlanAsync("local");

        var everything = string.Join("\n", recorder.CurrentEntries().Select(e => $"{e.Summary}\n{e.Content}"));
        everything.Should().NotContain("secret-never-shown").And.NotContain("AKIDPLANNED");
        recorder.Snapshot().Deviations.Should().Contain(d => d.Id == "keda-aws-static-credentials" && d.SuiteDoes.Contains("AWS_ENDPOINT_URL=http://localstack:4566"));
    }

    [Fact]
    public async Task Teardown_uninstalls_keda_then_removes_the_secret_then_the_namespace()
    {
        var (_, ledger, _) = await PlanAsync("local");

        ledger.Pending.Should().Equal("Namespace keda", "Secret keda/keda-aws-credentials", "helm release keda/keda");
    }

    [Fact]
    public async Task A_record_without_the_IRSA_annotation_or_with_an_expectation_missing_is_reported()
    {
        var (recorder, _, access) = await PlanAsync("eks");
        var entries = recorder.CurrentEntries()
            .Where(e => e.Kind != "kubernetes.crd-established")
            .Select(e => e.Kind == "helm.install" ? e with { Content = e.Content!.Replace("eks.amazonaws.com/role-arn", "removed") } : e)
            .ToList();

        KedaInstallRecord.Problems(entries, access, SettingDefinitions.DefaultKedaChartVersion, GuideFacts.ExampleAccount, "kg-plan-test").Should().BeEquivalentTo(
            "the chart preflight rendered other values than helm install gets",
            "the helm install does not contain 'eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/keda-operator-role'",
            "1 expectation(s) kubernetes.crd-established expected, 0 recorded");
    }

    [Fact]
    public async Task On_eks_the_plan_creates_the_operator_role_with_the_clusters_oidc_id_after_the_checks_and_before_the_preflight()
    {
        var (recorder, _, access) = await PlanAsync("eks");
        var entries = recorder.CurrentEntries().ToList();
        var kinds = entries.Select(e => e.Kind).ToList();

        kinds.Where(k => k is "eks.describe-cluster" or "iam.get-open-id-connect-provider" or "iam.get-role" or "iam.create-role" or "helm.template-check" or "helm.install")
            .Should().Equal("eks.describe-cluster", "iam.get-open-id-connect-provider", "iam.get-role", "iam.create-role", "helm.template-check", "helm.install");
        entries.Single(e => e.Kind == "iam.create-role").Content.Should().Contain("--tags Key=kedaguidance:run-id,Value=kg-plan-test")
            .And.Contain("oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:sub\": \"system:serviceaccount:keda:keda-operator");
        recorder.Snapshot().Deviations.Should().NotContain(d => d.Id == "example-oidc-id" || d.Reason.Contains("no EKS cluster"));

        // The record check itself fails when the order is not the guide's: the role after the preflight, or without describe-cluster before it.
        var roleLast = entries.Where(e => e.Kind != "iam.create-role").Append(entries.Single(e => e.Kind == "iam.create-role")).ToList();
        KedaInstallRecord.Problems(roleLast, access, SettingDefinitions.DefaultKedaChartVersion, GuideFacts.ExampleAccount, "kg-plan-test")
            .Should().Contain("the KEDA operator role is created after the chart preflight (the guide creates it before the Helm steps)");
        KedaInstallRecord.Problems(entries.Where(e => e.Kind != "eks.describe-cluster").ToList(), access, SettingDefinitions.DefaultKedaChartVersion, GuideFacts.ExampleAccount, "kg-plan-test")
            .Should().Contain("the KEDA operator role is created without the cluster's OIDC id from aws eks describe-cluster before it");
    }

    [Fact]
    public async Task The_plan_reads_the_charts_image_defaults_and_checks_its_render_before_helm_install()
    {
        var (recorder, _, access) = await PlanAsync("eks");
        var kinds = recorder.CurrentEntries().Select(e => e.Kind).ToList();

        kinds.IndexOf("helm.show-values").Should().BeLessThan(kinds.IndexOf("helm.template-check"));
        kinds.IndexOf("helm.template-check").Should().BeLessThan(kinds.IndexOf("helm.install"));
        var preflight = recorder.CurrentEntries().Single(e => e.Kind == "helm.template-check");
        preflight.Content.Should().StartWith("helm template keda kedacore/keda --namespace keda --version 2.14.3 -f keda/keda-values.yaml -f kedaguidance-deviations.yaml")
            .And.Contain("keda-operator runs as ServiceAccount keda/keda-operator (the trust policy's subject) annotated eks.amazonaws.com/role-arn=arn:aws:iam::123456789012:role/keda-operator-role");
    }

    [Fact]
    public async Task The_default_pin_takes_the_guides_images_unchanged()
    {
        var (recorder, _, access) = await PlanAsync("local");

        recorder.CurrentEntries().Single(e => e.Kind == "helm.install").Content.Should().NotContain("registry:");
        recorder.Snapshot().Deviations.Select(d => d.Id).Should().NotContain("keda-image-registry");
    }

    [Theory]
    [InlineData("2.15.1")]
    [InlineData("2.16.1")]
    [InlineData("2.20.2")]
    public async Task A_chart_that_would_double_the_registry_gets_it_emptied_as_a_declared_deviation(string version)
    {
        var (recorder, _, access) = await PlanAsync("eks", chartVersion: version);

        var install = recorder.CurrentEntries().Single(e => e.Kind == "helm.install").Content!;
        install.Should().Contain("image:\n  keda:\n    registry: \"\"\n  metricsApiServer:\n    registry: \"\"\n");
        install.Should().NotContain("webhooks:\n    registry", "the guide does not set the webhooks image, so the chart's own repository and registry fit");
        recorder.Snapshot().Deviations.Should().Contain(d => d.Id == "keda-image-registry" && d.GuideSays.Contains("ghcr.io/ghcr.io/kedacore/keda:<tag>"));
        KedaInstallRecord.Problems(recorder.CurrentEntries(), access, version, GuideFacts.ExampleAccount, "kg-plan-test").Should().BeEmpty();
    }

    [Fact]
    public async Task A_chart_on_disk_is_installed_by_its_path_without_the_repository()
    {
        var chart = Directory.CreateTempSubdirectory("kg-chart-").FullName;
        File.WriteAllText(Path.Combine(chart, "Chart.yaml"), "apiVersion: v2\nname: keda\nversion: 2.14.3\n");

        var (recorder, _, access) = await PlanAsync("eks", chart: chart);

        var entries = recorder.CurrentEntries();
        entries.Should().NotContain(e => e.Kind == "helm.repo-add");
        entries.Single(e => e.Kind == "helm.install").Summary.Should().Be($"helm install keda {chart} --namespace keda --version 2.14.3");
        recorder.Snapshot().Deviations.Should().Contain(d => d.Id == "keda-chart-on-disk");
        KedaInstallRecord.Problems(entries, access, "2.14.3", GuideFacts.ExampleAccount, "kg-plan-test", new KedaChartSource.OnDisk(chart)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_record_whose_install_comes_without_the_preflight_is_reported()
    {
        var (recorder, _, access) = await PlanAsync("local");
        var entries = recorder.CurrentEntries().Where(e => e.Kind != "helm.template-check").ToList();

        KedaInstallRecord.Problems(entries, access, SettingDefinitions.DefaultKedaChartVersion, GuideFacts.ExampleAccount, "kg-plan-test")
            .Should().Equal("no chart preflight (helm template with the install's values files, checked) before helm install");
    }
}
