using KedaGuidance.Fixtures.Targets;
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

    private static async Task<(RunRecorder Recorder, TeardownLedger Ledger, KedaAwsAccess Access)> PlanAsync(string target)
    {
        var settings = TestRuns.PlanSettings(target, GuideRoot, "kg-plan-test");
        var run = TestRuns.Plan(settings, GuideRoot);
        var recorder = run.Recorder;
        var ledger = run.Ledger;
        // The profile resolves KEDA's access; a live run hands it real keys, here stand-ins that must never reach the record.
        var access = await run.RequireProfile().KedaAws.ResolveAsync(SuiteTargets.Find(target)!.PlanAws(settings).ForCluster,
            new Amazon.Runtime.BasicAWSCredentials("AKIDPLANNED", "secret-never-shown"), CancellationToken.None);
        var keda = new KedaInstallation(run, GuideEnvironment.Example, access);
        await keda.CreateNamespaceAsync(CancellationToken.None);
        var values = keda.RenderValues();
        await keda.AddRepositoryAsync(CancellationToken.None);
        await keda.InstallAsync(values, CancellationToken.None);
        await keda.ExpectReleaseDeployedAsync(CancellationToken.None);
        foreach (var component in KedaInstallation.Components)
            await keda.ExpectComponentReadyAsync(component, CancellationToken.None);
        await keda.ExpectCrdEstablishedAsync(KedaInstallation.ScaledObjectCrd, CancellationToken.None);
        await keda.ExpectApiServiceAvailableAsync(KedaInstallation.ExternalMetricsApiService, CancellationToken.None);
        return (recorder, ledger, access);
    }

    public static TheoryData<string> Targets => [.. SuiteTargets.Catalog.Names];

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task The_plan_holds_the_whole_section_for_the_target(string target)
    {
        var (recorder, _, access) = await PlanAsync(target);

        KedaInstallRecord.Problems(recorder.CurrentEntries(), access, "2.16.1", GuideEnvironment.ExampleAccount, "kg-plan-test").Should().BeEmpty();
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

        KedaInstallRecord.Problems(entries, access, "2.16.1", GuideEnvironment.ExampleAccount, "kg-plan-test").Should().BeEquivalentTo(
            "the helm install does not contain 'eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/keda-operator-role'",
            "1 expectation(s) kubernetes.crd-established expected, 0 recorded");
    }
}
