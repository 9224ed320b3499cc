using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Evidence;
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

    private static async Task<(RunRecorder Recorder, TeardownLedger Ledger)> PlanAsync(SuiteTarget target)
    {
        var settings = SettingsReader.Read(new Dictionary<string, string?>
        {
            [SettingNames.Target] = target.ToString().ToLowerInvariant(), [SettingNames.Mode] = "plan",
            [SettingNames.Guide] = GuideRoot, [SettingNames.RunId] = "kg-plan-test",
        }, SettingsReaderTests.RepositoryRoot(), DateTimeOffset.UtcNow);
        var recorder = new RunRecorder(settings.RunId, "plan", target.ToString(), Directory.CreateTempSubdirectory("kg-ev-").FullName);
        var ledger = new TeardownLedger();
        KedaAwsAccess access = target == SuiteTarget.Local
            ? new KedaAwsAccess.StaticCredentials(KedaAwsAccess.LocalStackInCluster, "us-west-2", "AKIDPLANNED", "secret-never-shown")
            : new KedaAwsAccess.Irsa();
        var keda = new KedaInstallation(new PlanExecutor(recorder), ledger, recorder, settings, GuideRoot, GuideEnvironment.Example, access);
        recorder.BeginScenario("s", "Install KEDA", "plan", ["cluster"]);
        await keda.CreateNamespaceAsync(CancellationToken.None);
        var values = keda.RenderValues();
        await keda.AddRepositoryAsync(CancellationToken.None);
        await keda.InstallAsync(values, CancellationToken.None);
        await keda.ExpectReleaseDeployedAsync(CancellationToken.None);
        foreach (var component in KedaInstallation.Components)
            await keda.ExpectComponentReadyAsync(component, CancellationToken.None);
        await keda.ExpectCrdEstablishedAsync(KedaInstallation.ScaledObjectCrd, CancellationToken.None);
        await keda.ExpectApiServiceAvailableAsync(KedaInstallation.ExternalMetricsApiService, CancellationToken.None);
        return (recorder, ledger);
    }

    [Theory]
    [InlineData(SuiteTarget.Local)]
    [InlineData(SuiteTarget.Eks)]
    public async Task The_plan_holds_the_whole_section_for_the_target(SuiteTarget target)
    {
        var (recorder, _) = await PlanAsync(target);

        KedaInstallRecord.Problems(recorder.CurrentEntries(), target, "2.16.1", GuideEnvironment.ExampleAccount, "kg-plan-test").Should().BeEmpty();
        recorder.Snapshot().Deviations.Select(d => d.Id).Should().Contain(["keda-chart-version", "keda-run-id-labels"]);
    }

    [Fact]
    public async Task Credentials_never_reach_the_record_and_the_local_deviation_is_declared()
    {
        var (recorder, _) = await PlanAsync(SuiteTarget.Local);

        var everything = string.Join("\n", recorder.CurrentEntries().Select(e => $"{e.Summary}\n{e.Content}"));
        everything.Should().NotContain("secret-never-shown").And.NotContain("AKIDPLANNED");
        recorder.Snapshot().Deviations.Should().Contain(d => d.Id == "keda-aws-access-local" && d.SuiteDoes.Contains("AWS_ENDPOINT_URL=http://localstack:4566"));
    }

    [Fact]
    public async Task Teardown_uninstalls_keda_then_removes_the_secret_then_the_namespace()
    {
        var (_, ledger) = await PlanAsync(SuiteTarget.Local);

        ledger.Pending.Should().Equal("Namespace keda", "Secret keda/keda-aws-credentials", "helm release keda/keda");
    }

    [Fact]
    public async Task A_record_without_the_IRSA_annotation_or_with_an_expectation_missing_is_reported()
    {
        var (recorder, _) = await PlanAsync(SuiteTarget.Eks);
        var entries = recorder.CurrentEntries()
            .Where(e => e.Kind != "kubernetes.crd-established")
            .Select(e => e.Kind == "helm.install" ? e with { Content = e.Content!.Replace("eks.amazonaws.com/role-arn", "removed") } : e)
            .ToList();

        KedaInstallRecord.Problems(entries, SuiteTarget.Eks, "2.16.1", GuideEnvironment.ExampleAccount, "kg-plan-test").Should().BeEquivalentTo(
            "the helm install does not contain 'eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/keda-operator-role'",
            "1 expectation(s) kubernetes.crd-established expected, 0 recorded");
    }
}
