using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Fixtures.Targets.Strategies;
using KedaGuidance.Harness.Aws;
using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Rendering;
using KedaGuidance.Harness.Targets;
using KedaGuidance.Harness.Teardown;
using KedaGuidance.Harness.Tests.Configuration;
using KedaGuidance.Harness.Workloads;

namespace KedaGuidance.Harness.Tests.Workloads;

/// <summary>
/// Both scaling sections run through the plan executor, for both targets, as the features drive them; the recorded
/// plan must show the ScaledObject exactly as rendered for the target, the 500 messages, and every expectation with
/// its derived budget.
/// </summary>
public sealed class ScalingPlanTests
{
    private static string GuideRoot => TestGuide.Root;

    private static SuiteSettings Settings(string target) => TestRuns.PlanSettings(target, GuideRoot);

    /// <summary>The run as the features drive it: the target's planned AWS and its profile.</summary>
    private static (RunContext Run, TargetAws Aws) Plan(string targetName)
    {
        var settings = Settings(targetName);
        return (TestRuns.Plan(settings, GuideRoot), SuiteTargets.Find(targetName)!.PlanAws(settings));
    }

    private static async Task<(RunRecord Record, SqsScalingSection Section)> PlanSqsAsync(string targetName)
    {
        var (run, aws) = Plan(targetName);
        var recorder = run.Recorder;
        var sqsAws = new GuideSqsSection(run, aws.Aws);
        var section = new SqsScalingSection(run, sqsAws, aws.ForCluster);
        var token = CancellationToken.None;
        await sqsAws.CreateQueueAsync(token);
        await section.BuildConsumerImageAsync(token);
        await section.CreateNamespaceAsync(token);
        await section.CreateConsumerServiceAccountAsync(token);
        await section.ApplyConsumerDeploymentAsync(token);
        section.RenderScaledObject();
        await section.ApplyScaledObjectAsync(token);
        await section.ExpectHpaAsync(token);
        await section.ExpectReadyAsync(token);
        await section.ExpectStaysAtZeroAsync(token);
        await sqsAws.SendMessagesAsync(500, token);
        await section.ExpectLeavesZeroAsync(token);
        await section.ExpectActivationLoggedAsync(token);
        await section.ExpectDrainsAndReturnsToZeroAsync(500, token);
        await sqsAws.ExpectQueueHoldsAsync(0, token);
        await section.ExpectReturnLoggedAsync(token);
        recorder.EndScenario(ScenarioOutcome.Passed, null);
        return (recorder.Snapshot(), section);
    }

    /// <summary>Every target of the catalog: a new target's plans are checked without a line here.</summary>
    public static TheoryData<string> Targets => [.. SuiteTargets.Catalog.Names];

    /// <summary>Operation kinds only the guide's own AWS path (ECR, eksctl, CloudFormation) records.</summary>
    private static bool IsGuideAwsOnly(string kind) => kind.StartsWith("ecr.", StringComparison.Ordinal) || kind.StartsWith("eksctl.", StringComparison.Ordinal)
        || kind.StartsWith("cloudformation.", StringComparison.Ordinal) || kind == "image.push-to-ecr";

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task The_sqs_plan_shows_the_rendered_scaledobject_the_500_messages_and_every_budget(string target)
    {
        var (record, section) = await PlanSqsAsync(target);
        var entries = record.Scenarios.Single().Entries;

        var apply = entries.Single(e => e.Kind == "kubernetes.apply" && e.Summary.Contains("ScaledObject"));
        var applied = System.Text.Json.JsonDocument.Parse(apply.Content!).RootElement;
        var metadata = applied.GetProperty("spec").GetProperty("triggers")[0].GetProperty("metadata");
        metadata.GetProperty("queueURL").GetString().Should().Be(ScaledObjectFields.Read(section.ScaledObjectYaml!, "queueURL"));
        var profile = SuiteTargets.Find(target)!.Profile;
        if (!profile.Offers(TargetCapabilities.Ecr))
        {
            metadata.GetProperty("awsEndpoint").GetString().Should().Be("http://localstack:4566");
            metadata.GetProperty("queueURL").GetString().Should().Be("http://localstack:4566/123456789012/app-queue");
            record.Deviations.Select(d => d.Id).Should().Contain(["sqsconsumer-image", "sqsconsumer-serviceaccount", "sqsconsumer-localstack-env", "sqs-scaledobject-localstack"]);
            record.Deviations.Should().OnlyContain(d => d.Target == target);
            entries.Should().Contain(e => e.Summary.StartsWith("docker build -t kedaguidance/sqsconsumer:plan-test ", StringComparison.Ordinal));
            entries.Select(e => e.Kind).Should().NotContain(k => IsGuideAwsOnly(k), "an emulated target loads its images and grants no IAM roles");
        }
        else
        {
            metadata.TryGetProperty("awsEndpoint", out _).Should().BeFalse("on eks the ScaledObject is the guide's, unchanged");
            metadata.GetProperty("queueURL").GetString().Should().StartWith("https://plan.invalid/");
            record.Deviations.Should().BeEmpty();
            entries.Select(e => e.Kind).Should().Contain(["ecr.describe-repositories", "ecr.create-repository", "image.push-to-ecr", "iam.create-policy", "iam.attach-role-policy", "eksctl.create-iamserviceaccount"]);
        }
        applied.GetProperty("spec").GetProperty("cooldownPeriod").GetRawText().Should().Be("10");

        entries.Should().ContainSingle(e => e.Kind == "sqs.send-messages").Which.Summary.Should().Contain("send 500 messages");
        var expectations = entries.Where(e => e.Type == EntryType.Expectation).ToList();
        expectations.Select(e => e.Kind).Should().Equal(
            "kubernetes.hpa-exists", "keda.scaledobject-ready", "kubernetes.deployment-stays-at", "keda.scaling-timeline",
            "keda.operator-log", "keda.scaling-timeline", "sqs.queue-holds", "keda.operator-log");
        expectations.Should().OnlyContain(e => e.Budget != null && e.Budget.Contains("slack") && e.Outcome == EntryOutcome.Planned);
        expectations[2].Budget.Should().StartWith("50 s (2 × pollingInterval 20 s + slack 30 s");
        expectations[3].Budget.Should().Be(profile.KedaAws.SqsCountSettling is null
            ? "40 s (pollingInterval 10 s + slack 30 s = 40 s)"
            : "100 s (pollingInterval 10 s + SQS approximate counts settle 60 s + slack 30 s = 100 s)");
        expectations[5].Budget.Should().Contain("scale up to 100 (pollingInterval 10 s + HPA scale-up stabilization window 0 s + HPA sync period × 6 scale-up steps 90 s + slack 30 s = 130 s)")
            .And.Contain("drain: 3 round(s) × MAX_MSGS_PER_BATCH 5 × MSG_PROCESS_DELAY 10 s (500 messages × up to 3 deliveries over 100 consumers × 5")
            .And.Contain("3 of 5 come back before their delete").And.Contain(") 150 s + MSG_POLL_BACKOFF once a round (3 × 2 s: a short-poll receive finds no visible message while the rest are in flight) 6 s")
            .And.Contain("back to 0 (cooldownPeriod 10 s + pollingInterval 10 s + slack 30 s = 50 s)");
    }

    private static async Task<RunRecord> PlanPrometheusAsync(string targetName, string heredoc)
    {
        var (run, aws) = Plan(targetName);
        var recorder = run.Recorder;
        var section = new PrometheusScalingSection(run, aws.ForCluster, TestRuns.ExampleEnvironment(run.GuideRoot));
        var token = CancellationToken.None;
        await section.CreateMetricStoreAsync(token);
        await section.GrantQueryAsync(token);
        await section.BuildSampleAppImageAsync(token);
        await section.ApplySampleAppAsync(token);
        await section.DeployCollectorAsync(token);
        section.RenderScaledObject(heredoc);
        await section.ApplyScaledObjectAsync(token);
        await section.ExpectHpaAsync(token);
        await section.ExpectReadyAsync(token);
        await section.StartLoadAsync(50, 5, token);
        await section.ExpectScaleOutAsync(token);
        await section.ExpectRescaleEventAsync(token);
        await section.StopLoadAsync(token);
        await section.ExpectBackToMinAsync(token);
        recorder.EndScenario(ScenarioOutcome.Passed, null);
        return recorder.Snapshot();
    }

    /// <summary>The guide's heredoc as the implementation guide has it: $PROMETHEUS_WORKSPACE and $AWS_REGION unexpanded.</summary>
    private static readonly string Heredoc = Scaling.GuideScaledObjects.Prometheus
        .Replace("workspaces/ws-1", "workspaces/$PROMETHEUS_WORKSPACE", StringComparison.Ordinal)
        .Replace("awsRegion: \"us-west-2\"", "awsRegion: \"$AWS_REGION\"", StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task The_prometheus_plan_shows_the_metric_path_the_scaledobject_the_load_and_every_budget(string target)
    {
        Heredoc.Should().Contain("$PROMETHEUS_WORKSPACE").And.Contain("$AWS_REGION");
        var record = await PlanPrometheusAsync(target, Heredoc);
        var entries = record.Scenarios.Single().Entries;
        var scaledObject = System.Text.Json.JsonDocument.Parse(entries.Single(e => e.Kind == "kubernetes.apply" && e.Summary.Contains("heredoc")).Content!).RootElement;
        var metadata = scaledObject.GetProperty("spec").GetProperty("triggers")[0].GetProperty("metadata");
        metadata.GetProperty("query").GetString().Should().Be("sum(rate(adot_app_request_count_total[1m]))");
        metadata.GetProperty("awsRegion").GetString().Should().Be("us-west-2", "the heredoc's $AWS_REGION is expanded as the shell does");

        var collector = entries.Single(e => e.Kind == "kubernetes.apply" && e.Summary.Contains("adot/configmap.yaml")).Content!;
        if (!SuiteTargets.Find(target)!.Profile.Offers(TargetCapabilities.Amp))
        {
            entries.Select(e => e.Kind).Should().NotContain(k => IsGuideAwsOnly(k), "an in-cluster Prometheus needs no stack, and loaded images no ECR");
            metadata.GetProperty("serverAddress").GetString().Should().Be(InClusterPrometheusManifest.ServerAddress);
            collector.Should().NotContain("sigv4auth").And.Contain(InClusterPrometheusManifest.RemoteWriteEndpoint);
            entries.Should().Contain(e => e.Summary.Contains("in-cluster Prometheus"));
            record.Deviations.Select(d => d.Id).Should().Contain(["prometheus-in-cluster", "adot-without-sigv4", "prometheus-scaledobject-server", "sample-app-image", "bounded-load-job"]);
        }
        else
        {
            metadata.GetProperty("serverAddress").GetString().Should().Be("http://keda-sigv4.keda.svc.cluster.local/workspaces/ws-00000000-0000-0000-0000-000000000000");
            collector.Should().Contain("sigv4auth").And.Contain("aps-workspaces.us-west-2.amazonaws.com");
            entries.Select(e => e.Kind).Should().Contain(["cloudformation.create-stack", "cloudformation.stack-status", "cloudformation.describe-stacks", "iam.create-policy", "iam.attach-role-policy", "image.push-to-ecr", "eksctl.create-iamserviceaccount"]);
            entries.Should().Contain(e => e.Summary.Contains("keda-sigv4.yaml"));
        }

        entries.Should().Contain(e => e.Kind == "kubernetes.apply" && e.Summary.Contains("load Job") && e.Content!.Contains("\"activeDeadlineSeconds\""));
        var expectations = entries.Where(e => e.Type == EntryType.Expectation).ToList();
        expectations.Should().OnlyContain(e => e.Budget != null && e.Outcome == EntryOutcome.Planned);
        var scaleOut = expectations.Single(e => e.Kind == "keda.scaling-timeline" && e.Summary.Contains("scales to the oracle"));
        scaleOut.Budget.Should().Contain("rate window [1m] 60 s").And.Contain("collector scrape_interval 15 s").And.Contain("HPA sync period × 1 scale-up steps");
        var back = expectations.Single(e => e.Kind == "keda.scaling-timeline" && e.Summary.Contains("returns to minReplicaCount 1"));
        back.Budget.Should().Contain("HPA scale-down stabilization window 300 s + pollingInterval 10 s + HPA sync period 15 s + slack 30 s");
        expectations.Should().Contain(e => e.Kind == "kubernetes.hpa-event" && e.Summary.Contains("external metric s0-prometheus("));
    }

    [Fact]
    public async Task The_scaling_budgets_wait_for_the_rate_window_the_guides_query_names()
    {
        var heredoc = Heredoc.Replace("[1m]", "[2m]", StringComparison.Ordinal);
        heredoc.Should().Contain("[2m]");
        var record = await PlanPrometheusAsync("local", heredoc);
        var expectations = record.Scenarios.Single().Entries.Where(e => e.Type == EntryType.Expectation).ToList();
        expectations.Single(e => e.Kind == "keda.scaling-timeline" && e.Summary.Contains("scales to the oracle")).Budget
            .Should().Contain("rate window [2m] 120 s").And.NotContain("[1m]");
        expectations.Single(e => e.Kind == "keda.scaling-timeline" && e.Summary.Contains("returns to minReplicaCount 1")).Budget
            .Should().Contain("rate window [2m] empties 120 s");
    }

    [Fact]
    public async Task On_eks_the_scaledobject_waits_for_the_collector_and_the_proxy_the_service_is_internal_and_ecr_pulls_are_in_the_budgets()
    {
        var record = await PlanPrometheusAsync("eks", Heredoc);
        var entries = record.Scenarios.Single().Entries.ToList();
        int Index(Func<RecordEntry, bool> match) => entries.FindIndex(e => match(e));

        var collectorReady = Index(e => e.Kind == "kubernetes.daemonset-ready" && e.Summary.Contains("adot/adot-collector"));
        var proxyReady = Index(e => e.Kind == "kubernetes.deployment-ready" && e.Summary.Contains("keda/keda-sigv4"));
        var scaledObject = Index(e => e.Kind == "kubernetes.apply" && e.Summary.Contains("heredoc"));
        var ready = Index(e => e.Kind == "keda.scaledobject-ready");
        collectorReady.Should().BePositive();
        proxyReady.Should().BeGreaterThan(collectorReady);
        scaledObject.Should().BeGreaterThan(proxyReady, "KEDA's first query goes through the proxy to what the collector wrote");
        ready.Should().BeGreaterThan(scaledObject);
        entries[collectorReady].Budget.Should().Contain("image pull of public.ecr.aws/").And.Contain("container start and readiness (stated allowance) 30 s");

        var app = entries.Single(e => e.Kind == "kubernetes.apply" && e.Summary.Contains("sample-app/app.yaml")).Content!;
        app.Should().Contain("\"type\": \"ClusterIP\"").And.NotContain("LoadBalancer").And.NotContain("aws-load-balancer-scheme");
        record.Deviations.Should().ContainSingle(d => d.Id == "sample-app-service-cluster-ip").Which.GuideSays.Should().Contain("internet-facing");
        entries.Single(e => e.Kind == "kubernetes.deployment-ready" && e.Summary.Contains("sample-app")).Budget
            .Should().Contain("image pull from ECR in the cluster's region (stated allowance: pushed this run, so a node's first pull) 90 s");
    }
}
