using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Harness.Aws;
using KedaGuidance.Harness.Aws.Sqs;
using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Rendering;
using KedaGuidance.Harness.Teardown;
using KedaGuidance.Harness.Tests.Configuration;

namespace KedaGuidance.Harness.Tests.Aws;

/// <summary>The guide's SQS section in plan mode: everything recorded in order, nothing contacted, planned results marked.</summary>
public sealed class GuideSqsSectionPlanTests
{
    private static string GuideRoot => TestGuide.Root;

    private static (GuideSqsSection Section, RunRecorder Recorder, TeardownLedger Ledger, PlanExecutor Executor) Plan(bool suffix = false)
    {
        var evidence = Directory.CreateTempSubdirectory("kg-plan-").FullName;
        var settings = SettingsReader.Read(new Dictionary<string, string?>
        {
            [SettingNames.Target] = "local",
            [SettingNames.Mode] = "plan",
            [SettingNames.Guide] = GuideRoot,
            [SettingNames.Evidence] = evidence,
            [SettingNames.RunId] = "kg-plan-1",
            [SettingNames.QueueNameSuffix] = suffix ? "true" : "false",
        }, SettingsReaderTests.RepositoryRoot(), DateTimeOffset.UtcNow, SuiteTargets.Catalog);
        var recorder = new RunRecorder(settings.RunId, "plan", "local", evidence);
        recorder.BeginScenario("s", "f", "t", ["aws"]);
        var executor = new PlanExecutor(recorder);
        var ledger = new TeardownLedger(attempts: 2, delay: TimeSpan.Zero);
        var target = new AwsTarget("the planned AWS endpoint", GuideFacts.ExampleAccount, "us-west-2", AwsCapabilities.Endpoint, Planned: true);
        return (new GuideSqsSection(new RunContext(settings, GuideRoot, executor, ledger, recorder, SuiteTargets.Find(settings.Target)?.Profile, TestRuns.Scratch.Child("sqs")), target), recorder, ledger, executor);
    }

    [Fact]
    public async Task A_plan_records_every_step_with_planned_results_and_registers_every_inverse()
    {
        var (section, recorder, ledger, executor) = Plan();

        var url = await section.CreateQueueAsync(CancellationToken.None);
        var report = await section.SendMessagesAsync(500, CancellationToken.None);
        await section.ExpectQueueHoldsAsync(500, CancellationToken.None);
        await section.CreateKedaOperatorRoleAsync(CancellationToken.None);
        await section.CreatePolicyAsync("sqsgetattributes", GuideLayout.SqsKedaPolicy, CancellationToken.None);
        await section.AttachToRoleAsync("sqsgetattributes", CancellationToken.None);

        new Uri(url).Host.Should().Be("plan.invalid");
        report.Planned.Should().BeTrue();
        report.Describe().Should().Be("planned: 500 messages in 50 batches, nothing sent");
        recorder.EndScenario(ScenarioOutcome.Passed, null);
        var recorded = recorder.Snapshot().Scenarios.Single().Entries;
        recorded.Select(e => e.Kind).Should().Equal("sqs.create-queue", "sqs.send-messages", "sqs.queue-holds", "iam.get-role", "iam.create-role",
            "iam.get-policy", "iam.create-policy", "iam.attach-role-policy");
        recorded.Should().OnlyContain(e => e.Outcome == EntryOutcome.Planned);
        recorded.Single(e => e.Kind == "sqs.queue-holds").Budget.Should().Be("90 s (SQS approximate counts settle 60 s + slack 30 s = 90 s)");
        recorded.Single(e => e.Kind == "iam.create-role").Content.Should().Contain("file://").And.Contain("trust-policy-keda-operator.json")
            .And.Contain("Key=kedaguidance:run-id,Value=kg-plan-1").And.NotContain("test");
        ledger.Pending.Should().Equal(
            "sqs queue https://plan.invalid/planned-account/app-queue",
            "iam role keda-operator-role",
            "iam policy arn:aws:iam::planned:policy/sqsgetattributes",
            "iam attachment arn:aws:iam::planned:policy/sqsgetattributes to role keda-operator-role");

        var teardown = await ledger.TearDownAsync(executor, CancellationToken.None);
        teardown.Removed.Should().Equal(
            "iam attachment arn:aws:iam::planned:policy/sqsgetattributes to role keda-operator-role",
            "iam policy arn:aws:iam::planned:policy/sqsgetattributes",
            "iam role keda-operator-role",
            "sqs queue https://plan.invalid/planned-account/app-queue");
    }

    [Fact]
    public async Task The_guides_own_clean_up_settles_the_ledger_so_teardown_does_not_repeat_it()
    {
        var (section, _, ledger, _) = Plan();
        await section.CreateQueueAsync(CancellationToken.None);
        await section.CreateKedaOperatorRoleAsync(CancellationToken.None);
        await section.CreatePolicyAsync("sqsgetattributes", GuideLayout.SqsKedaPolicy, CancellationToken.None);
        await section.AttachToRoleAsync("sqsgetattributes", CancellationToken.None);

        await section.DetachFromRoleAsync("sqsgetattributes", CancellationToken.None);
        await section.DeletePolicyAsync("sqsgetattributes", CancellationToken.None);
        await section.DeleteQueueAsync(CancellationToken.None);
        await section.DeleteRoleAsync(CancellationToken.None);

        ledger.Pending.Should().BeEmpty();
    }

    [Fact]
    public void The_rendered_policies_grant_the_guides_queue_in_the_targets_account_and_region()
    {
        var (section, recorder, _, _) = Plan();

        var rendered = section.Render();

        rendered[GuideLayout.SqsKedaPolicy].Text.Should().Contain("\"arn:aws:sqs:us-west-2:123456789012:app-queue\"");
        rendered[GuideLayout.KedaTrustPolicy].Text.Should().Contain("system:serviceaccount:keda:keda-operator")
            .And.Contain("oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE");
        recorder.Snapshot().Deviations.Should().ContainSingle(d => d.Id == "example-oidc-id");
    }

    [Fact]
    public async Task The_queue_name_suffix_is_a_declared_deviation_and_reaches_the_policies()
    {
        var (section, recorder, _, _) = Plan(suffix: true);

        var url = await section.CreateQueueAsync(CancellationToken.None);

        url.Should().EndWith("/app-queue-kg-plan-1");
        recorder.Snapshot().Deviations.Should().ContainSingle(d => d.Id == "queue-name-suffix").Which.SuiteDoes.Should().Contain("app-queue-kg-plan-1");
        section.Render()[GuideLayout.SqsConsumerPolicy].Text.Should().Contain(":app-queue-kg-plan-1\"");
    }

    [Fact]
    public async Task On_eks_feature_07_takes_the_clusters_oidc_id_and_declares_no_missing_cluster()
    {
        var settings = TestRuns.PlanSettings("eks", GuideRoot, "kg-plan-1", (Fixtures.Targets.Eks.EksSettings.ClusterNameVariable, "kg-nightly"));
        var run = TestRuns.Plan(settings, GuideRoot);
        var aws = SuiteTargets.Find("eks")!.PlanAws(settings);
        // As "Given the run's AWS target" does: the profile resolves the cluster (describe-cluster, the OIDC provider check).
        var cluster = await run.RequireProfile().Cluster.ResolveAsync(run, aws.ForCluster, contextServer: null, CancellationToken.None);
        var section = new GuideSqsSection(run, aws.Aws, cluster);

        await section.CreateKedaOperatorRoleAsync(CancellationToken.None);

        var entries = run.Recorder.CurrentEntries();
        entries.Select(e => e.Kind).Should().Equal("eks.describe-cluster", "iam.get-open-id-connect-provider", "iam.get-role", "iam.create-role");
        entries[0].Content.Should().Be("aws eks describe-cluster --name kg-nightly");
        var provider = entries[1].Content!.Split("oidc-provider/")[1].Trim();
        entries[3].Content.Should().Contain(":oidc-provider/" + provider + "\"", "the trust policy trusts the provider that was checked");
        section.Render().Environment["CLUSTER_NAME"].Should().Be("kg-nightly");
        run.Recorder.Snapshot().Deviations.Should().NotContain(d => d.Id == "example-oidc-id" || d.Reason.Contains("no EKS cluster"));
    }
}
