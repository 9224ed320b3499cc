using Amazon.Runtime;
using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Fixtures.Targets.Local;
using KedaGuidance.Fixtures.Targets.Strategies;
using KedaGuidance.Harness.Keda;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Targets;
using KedaGuidance.Harness.Workloads;

namespace KedaGuidance.Harness.Tests.Targets;

/// <summary>Each shared strategy's decisions, through the plan executor: what it records, what it registers, what it declares.</summary>
public sealed class StrategyDecisionTests
{
    private static readonly TargetTerms Terms = new("local", "k3s");
    private static readonly ClusterAws Emulated = new("000000000000", "us-west-2", new Uri("http://localstack:4566"));
    private static readonly ClusterAws Real = new("123456789012", "eu-west-1", InClusterEndpoint: null);
    private static readonly CancellationToken Ct = CancellationToken.None;

    private static RunContext Run(string target = "local") => TestRuns.Plan(TestRuns.PlanSettings(target, Path.GetTempPath(), "kg-s"), Path.GetTempPath());

    private static GuideImage Image(GuideImageDestination destination) =>
        new("sqsconsumer", "/guide/sample-app", "sqsconsumer:latest", destination, "docker build …; docker push …");

    [Fact]
    public async Task Loaded_images_are_named_for_the_run_loaded_by_the_targets_operation_and_pulled_never()
    {
        var run = Run();
        var delivered = await new K3sImageImport().DeliverAsync(Image(new GuideImageDestination.NewRepository("sqsconsumer")), run, Emulated, Ct);

        delivered.Should().Be(new DeliveredImage("kedaguidance/sqsconsumer:kg-s", "IfNotPresent"));
        delivered.ReplacesGuideImage.Should().BeTrue();
        var entry = run.Recorder.CurrentEntries().Should().ContainSingle().Subject;
        entry.Kind.Should().Be("image.load-into-cluster");
        entry.Summary.Should().Contain("docker build -t kedaguidance/sqsconsumer:kg-s /guide/sample-app");
        run.Recorder.Snapshot().Deviations.Should().ContainSingle(d => d.Id == "sqsconsumer-image" && d.Target == "local" && d.SuiteDoes.Contains("imports it into k3s"));
        run.Ledger.Pending.Should().BeEmpty("the image goes with the cluster's container runtime; its Docker copy is the loader's to delete");
    }

    [Fact]
    public async Task Ecr_creates_the_repository_the_guide_creates_registers_its_deletion_and_pushes_to_the_accounts_registry()
    {
        var run = Run("eks");
        var delivered = await new EcrImages().DeliverAsync(Image(new GuideImageDestination.NewRepository("sqsconsumer")), run, Real, Ct);

        delivered.Should().Be(new DeliveredImage("123456789012.dkr.ecr.eu-west-1.amazonaws.com/sqsconsumer", null));
        run.Recorder.CurrentEntries().Select(e => e.Kind).Should().Equal("ecr.describe-repositories", "ecr.create-repository", "image.push-to-ecr");
        run.Ledger.Pending.Should().Equal("ecr repository sqsconsumer");
    }

    [Fact]
    public async Task Ecr_pushes_to_a_repository_another_step_created_without_creating_one()
    {
        var run = Run("eks");
        var delivered = await new EcrImages().DeliverAsync(Image(new GuideImageDestination.ExistingRepository("123456789012.dkr.ecr.eu-west-1.amazonaws.com/sample-app")), run, Real, Ct);

        delivered.Reference.Should().Be("123456789012.dkr.ecr.eu-west-1.amazonaws.com/sample-app");
        delivered.ReplacesGuideImage.Should().BeFalse();
        run.Recorder.CurrentEntries().Select(e => e.Kind).Should().Equal("image.push-to-ecr");
        run.Ledger.Pending.Should().BeEmpty();
        var bad = () => new EcrImages().DeliverAsync(Image(new GuideImageDestination.ExistingRepository("sample-app")), run, Real, Ct);
        await bad.Should().ThrowAsync<InvalidOperationException>().WithMessage("*not an ECR image reference*");
    }

    private static WorkloadIdentity Identity(List<string> calls, string? role = "sqsconsumerrole") =>
        new("keda-sqs-guidance", "sqsconsumer", "eks-keda-guidance", "eksctl create iamserviceaccount …", "the consumer's account", "its clean-up",
            _ => { calls.Add("policies"); return Task.FromResult<IReadOnlyList<string>>(["arn:aws:iam::123456789012:policy/sqsconsumer"]); })
        { RoleName = role };

    [Fact]
    public async Task A_plain_service_account_grants_no_policy_and_declares_why()
    {
        var run = Run();
        var calls = new List<string>();
        await new PlainServiceAccounts(Terms).CreateServiceAccountAsync(Identity(calls), run, Ct);

        calls.Should().BeEmpty("the emulator checks no IAM, so the guide's policies for the account are not created");
        run.Recorder.CurrentEntries().Should().ContainSingle().Which.Summary.Should().Contain("ServiceAccount keda-sqs-guidance/sqsconsumer (local deviation)");
        run.Ledger.Pending.Should().Equal("ServiceAccount keda-sqs-guidance/sqsconsumer");
        run.Recorder.Snapshot().Deviations.Should().ContainSingle(d => d.Id == "sqsconsumer-serviceaccount");
    }

    [Fact]
    public void A_plain_service_accounts_workload_gets_the_in_cluster_endpoint_and_placeholder_keys_and_a_loopback_endpoint_is_refused()
    {
        const string deployment = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: consumer, namespace: ns}
            spec:
              template:
                spec:
                  containers:
                  - name: c
                    image: x
                    env:
                    - {name: AWS_REGION, value: us-west-2}
            """;
        var container = new WorkloadContainer("sqsconsumer", "d.yaml", "consumer", "c", "env as the guide writes it");
        var run = Run();
        var env = ManifestOverlay.Parse("d.yaml", new PlainServiceAccounts(Terms).AdaptDeployment(deployment, container, run, Emulated)).Env("consumer", "c");

        env.Should().Contain(new KeyValuePair<string, string>("AWS_ENDPOINT_URL", "http://localstack:4566"))
            .And.Contain(new KeyValuePair<string, string>("AWS_ACCESS_KEY_ID", "test")).And.Contain(new KeyValuePair<string, string>("AWS_REGION", "us-west-2"));
        var loopback = () => new PlainServiceAccounts(Terms).AdaptDeployment(deployment, container, Run(), Real);
        loopback.Should().Throw<InvalidOperationException>().WithMessage("*no endpoint pods can reach*");
        new EksctlServiceAccounts().AdaptDeployment(deployment, container, Run("eks"), Real).Should().Be(deployment, "IRSA gives the container its credentials");
    }

    [Fact]
    public async Task Eksctl_creates_the_guides_policies_then_the_account_and_registers_its_deletion()
    {
        var run = Run("eks");
        var calls = new List<string>();
        await new EksctlServiceAccounts().CreateServiceAccountAsync(Identity(calls), run, Ct);

        calls.Should().Equal("policies");
        var entries = run.Recorder.CurrentEntries();
        entries.Select(e => e.Kind).Should().Equal(["cloudformation.describe-stacks", "iam.get-role", "eksctl.create-iamserviceaccount"],
            "eksctl's stack and the guide's role name are checked before eksctl runs");
        entries[^1].Content.Should().Be(
            "eksctl create iamserviceaccount --name sqsconsumer --namespace keda-sqs-guidance --cluster eks-keda-guidance " +
            $"--attach-policy-arn arn:aws:iam::123456789012:policy/sqsconsumer --role-name sqsconsumerrole --tags kedaguidance:run-id={run.RunId} --approve");
        run.Ledger.Pending.Should().Equal("eksctl iamserviceaccount keda-sqs-guidance/sqsconsumer");
        EksctlServiceAccounts.CreateArguments(Identity(calls, role: null), ["p"], run.RunId).Should().NotContain("--role-name");
    }

    [Fact]
    public async Task Static_credentials_are_resolved_for_the_in_cluster_endpoint_planned_or_from_the_runs_keys()
    {
        var strategy = new StaticKedaCredentials(Terms);
        (await strategy.ResolveAsync(Emulated, null, Ct)).Should().Be(new KedaAwsAccess.StaticCredentials(new Uri("http://localstack:4566"), "us-west-2", "planned", "planned"));
        var live = (KedaAwsAccess.StaticCredentials)await strategy.ResolveAsync(Emulated, new BasicAWSCredentials("AKID", "SECRET"), Ct);
        (live.AccessKeyId, live.SecretAccessKey).Should().Be(("AKID", "SECRET"));
        live.ToString().Should().NotContain("SECRET");
        var noEndpoint = () => strategy.ResolveAsync(Real, null, Ct);
        await noEndpoint.Should().ThrowAsync<InvalidOperationException>().WithMessage("*no in-cluster endpoint*k3s*");
        strategy.SqsCountSettling.Should().BeNull("an emulator's counts are exact");
        strategy.InstallDeviations(live, "local").Should().ContainSingle().Which.Id.Should().Be("keda-aws-static-credentials");
        strategy.InstallDeviations(new KedaAwsAccess.Irsa(), "local").Should().BeEmpty();
    }

    [Fact]
    public async Task With_static_credentials_no_policy_is_granted_and_the_sqs_trigger_names_the_in_cluster_endpoint()
    {
        var run = Run();
        var created = false;
        await new StaticKedaCredentials(Terms).GrantAsync(new KedaPolicyGrant("sqsgetattributes", "keda-operator-role", _ => { created = true; return Task.FromResult("arn"); }), run, Ct);
        created.Should().BeFalse();
        run.Recorder.CurrentEntries().Should().BeEmpty();

        var yaml = new StaticKedaCredentials(Terms).AdaptSqsScaledObject(Scaling.GuideScaledObjects.Sqs, new SqsTrigger("so.yaml", "sqsconsumer-hpa", "app-queue"), run, Emulated);
        ScaledObjectFields.Read(yaml, "awsEndpoint").Should().Be("http://localstack:4566");
        ScaledObjectFields.Read(yaml, "queueURL").Should().Be("http://localstack:4566/000000000000/app-queue");
    }

    [Fact]
    public async Task Irsa_attaches_the_guides_policy_to_the_operator_role_and_leaves_the_trigger_as_written()
    {
        var run = Run("eks");
        var strategy = new IrsaKedaAccess();
        await strategy.GrantAsync(new KedaPolicyGrant("queryamp", "keda-operator-role", _ => Task.FromResult("arn:aws:iam::123456789012:policy/queryamp")), run, Ct);

        run.Recorder.CurrentEntries().Select(e => e.Kind).Should().Equal(["iam.get-role", "iam.attach-role-policy"],
            "the role is read with its tags first: the run attaches only to a role it created");
        run.Ledger.Pending.Should().Equal("iam attachment arn:aws:iam::123456789012:policy/queryamp to role keda-operator-role");
        (await strategy.ResolveAsync(Real, null, Ct)).Should().BeOfType<KedaAwsAccess.Irsa>();
        strategy.SqsCountSettling.Should().Be(TimeSpan.FromSeconds(60));
        strategy.AdaptSqsScaledObject(Scaling.GuideScaledObjects.Sqs, new SqsTrigger("so.yaml", "sqsconsumer-hpa", "app-queue"), run, Real)
            .Should().Be(Scaling.GuideScaledObjects.Sqs);
    }

    [Fact]
    public void The_in_cluster_store_points_the_scaledobject_at_its_prometheus_and_amp_leaves_it_as_written()
    {
        var run = Run();
        var context = new MetricStoreContext(run, TestRuns.ExampleEnvironment(), () => throw new InvalidOperationException("not rendered here"));
        var yaml = new InClusterPrometheus(Terms).AdaptScaledObject(Scaling.GuideScaledObjects.Prometheus, "app-http-requests-minute", context);
        ScaledObjectFields.Read(yaml, "serverAddress").Should().Be(InClusterPrometheusManifest.ServerAddress);
        run.Recorder.Snapshot().Deviations.Should().ContainSingle(d => d.Id == "prometheus-scaledobject-server" && d.Reason.Contains("k3s"));
        new AmpMetricStore().AdaptScaledObject(Scaling.GuideScaledObjects.Prometheus, "app-http-requests-minute", context).Should().Be(Scaling.GuideScaledObjects.Prometheus);
        new AmpMetricStore().AdaptCollectorConfig("cfg", context).Should().Be(new AdaptedManifest("cfg", null));
        (new AmpMetricStore().UsesAws, new InClusterPrometheus(Terms).UsesAws, new EcrImages().UsesAws, new K3sImageImport().UsesAws).Should().Be((true, false, true, false));
    }
}
