using KedaGuidance.Fixtures.Cluster;
using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Fixtures.Targets.Kind;
using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Targets;
using KedaGuidance.Harness.Workloads;

namespace KedaGuidance.Harness.Tests.Targets;

/// <summary>The kind target's own decisions: its settings, the kind CLI (against a stand-in executable), its image operations and its plan.</summary>
public sealed class KindTargetTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private static SuiteSettings Read(params (string Name, string Value)[] variables) => SettingsReader.Read(
        new Dictionary<string, string?>(variables.Select(v => KeyValuePair.Create(v.Name, (string?)v.Value)))
        {
            [SettingNames.Target] = "kind", [SettingNames.Guide] = Path.GetTempPath(),
        }, Path.GetTempPath(), DateTimeOffset.UtcNow, SuiteTargets.Catalog);

    [Fact]
    public void The_context_names_the_kind_cluster_and_must_be_a_kind_one()
    {
        var own = Read((ExistingClusterSettings.KubeContextVariable, "kind-guide")).TargetSettingsAs<KindSettings>();
        own.ClusterName.Should().Be("guide");
        own.LocalStackImage.Should().Be("localstack/localstack:4.14.0");

        var e = Assert.Throws<SettingsException>(() => Read((ExistingClusterSettings.KubeContextVariable, "arn:aws:eks:us-west-2:1:cluster/prod")));
        e.Problems.Should().ContainSingle().Which.Should().Contain("is not a kind context").And.Contain("kind-<cluster>").And.Contain("kind get clusters");
        Assert.Throws<SettingsException>(() => Read((ExistingClusterSettings.KubeContextVariable, "kind-"))).Problems.Should().ContainSingle();
    }

    [Fact]
    public void A_live_run_needs_the_context_and_no_region_and_a_plan_plans_kinds_default_cluster()
    {
        Assert.Throws<SettingsException>(() => Read()).Problems.Should().ContainSingle().Which.Should().Contain("KEDAGUIDE_KUBE_CONTEXT is required for KEDAGUIDE_TARGET=kind");
        Read((SettingNames.Mode, "plan")).TargetSettingsAs<KindSettings>().ClusterName.Should().Be(KindFacts.DefaultCluster);
        Read((ExistingClusterSettings.KubeContextVariable, "kind-kind"), (SettingNames.AwsEndpoint, "http://10.0.0.5:4566")).AwsEndpoint
            .Should().Be(new Uri("http://10.0.0.5:4566"), "an endpoint the cluster can reach may replace LocalStack");
    }

    [Theory]
    [InlineData("kind v0.32.0 go1.24.2 linux/amd64", "0.32.0")]
    [InlineData("kind v0.8.1 go1.14.2 linux/amd64", "0.8.1")]
    [InlineData("kind v0.33.0-alpha.57+fed26882abcdef go1.25.1 darwin/arm64", "0.33.0")]
    public void Kinds_version_is_read_from_kind_version(string output, string version) =>
        KindCli.ParseVersion(output).Should().Be(Version.Parse(version));

    [Fact]
    public void Output_that_is_not_kinds_has_no_version() => KindCli.ParseVersion("Docker version 24.0.7").Should().BeNull();

    /// <summary>A stand-in kind: a shell script that answers the commands the target runs, and records them.</summary>
    private static (KindCli Cli, string Log) StandIn(string version, string clusters = "guide\n", string nodes = "guide-control-plane\nguide-worker\n")
    {
        var folder = Directory.CreateTempSubdirectory("kg-kind-").FullName;
        var log = Path.Combine(folder, "calls");
        var script = Path.Combine(folder, "kind");
        StandInExecutable.Write(script, $"""
            #!/bin/sh
            echo "$*" >> '{log}'
            case "$1 $2" in
              "version "*) echo "kind v{version} go1.24.2 linux/amd64" ;;
              "get clusters") printf '{clusters.Replace("\n", "\\n")}' ;;
              "get nodes") printf '{nodes.Replace("\n", "\\n")}' ;;
              "load docker-image") exit 0 ;;
              *) echo "unknown command $*" >&2; exit 1 ;;
            esac
            """);
        return (new KindCli(script), log);
    }

    [Fact]
    public async Task The_kind_cli_is_checked_up_front_and_lists_clusters_and_nodes()
    {
        if (OperatingSystem.IsWindows())
            Assert.Skip("the stand-in kind is a POSIX shell script");
        var (cli, log) = StandIn("0.32.0");
        (await cli.CheckVersionAsync(Ct)).Should().Be(new Version(0, 32, 0));
        (await cli.ClustersAsync(Ct)).Should().Equal("guide");
        (await cli.NodesAsync("guide", Ct)).Should().Equal("guide-control-plane", "guide-worker");
        await cli.LoadAsync("guide", "kedaguidance/sqsconsumer:kg-1", Ct);
        File.ReadAllLines(log).Should().Equal("version", "get clusters", "get nodes --name guide", "load docker-image --name guide kedaguidance/sqsconsumer:kg-1");
    }

    [Fact]
    public async Task A_kind_too_old_or_missing_fails_saying_what_to_install()
    {
        if (OperatingSystem.IsWindows())
            Assert.Skip("the stand-in kind is a POSIX shell script");
        var old = () => StandIn("0.7.0").Cli.CheckVersionAsync(Ct);
        (await old.Should().ThrowAsync<ClusterUnavailableException>()).WithMessage("kind 0.7.0 is too old*0.8.0 or newer*Nothing was created.");
        var missing = () => new KindCli("/nonexistent/kind").CheckVersionAsync(Ct);
        (await missing.Should().ThrowAsync<ClusterUnavailableException>()).WithMessage("kind was not found*install kind 0.8.0+*KEDAGUIDE_MODE=plan*");
        var failing = () => StandIn("0.32.0").Cli.NodesAsync("other --bogus", Ct);
        await failing.Should().NotThrowAsync("the stand-in answers get nodes for any name");
    }

    [Fact]
    public async Task An_image_is_loaded_with_kind_load_into_the_named_cluster_and_its_removal_from_the_nodes_is_registered_first()
    {
        var settings = Read((SettingNames.Mode, "plan"), (ExistingClusterSettings.KubeContextVariable, "kind-guide"));
        var run = TestRuns.Plan(settings, Path.GetTempPath());
        var image = new GuideImage("sample-app", "/guide/sample-app", "sample-app:latest", new GuideImageDestination.ExistingRepository("1.dkr.ecr.r.amazonaws.com/sample-app"), "docker push …");

        var delivered = await new KindImageLoad().DeliverAsync(image, run, new ClusterAws("000000000000", "us-west-2", new Uri("http://localstack:4566")), Ct);

        delivered.Should().Be(new DeliveredImage($"kedaguidance/sample-app:{settings.RunId}", "IfNotPresent"));
        var load = run.Recorder.CurrentEntries().Should().ContainSingle().Subject;
        load.Kind.Should().Be("kind.load-docker-image");
        load.Content.Should().Be($"docker build -t kedaguidance/sample-app:{settings.RunId} /guide/sample-app\nkind load docker-image --name guide kedaguidance/sample-app:{settings.RunId}");
        run.Ledger.Pending.Should().Equal($"kind image kedaguidance/sample-app:{settings.RunId} in cluster guide");
        run.Recorder.Snapshot().Deviations.Should().ContainSingle(d => d.Id == "sample-app-image" && d.Target == "kind" && d.SuiteDoes.Contains("kind load docker-image"));
        KindImageHandlers.RemoveArguments("guide-worker", "kedaguidance/sample-app:kg-1").Should().Equal("exec", "guide-worker", "crictl", "rmi", "kedaguidance/sample-app:kg-1");
    }

    [Fact]
    public async Task Removing_an_image_a_node_never_got_is_not_an_error_but_any_other_crictl_failure_is()
    {
        if (OperatingSystem.IsWindows())
            Assert.Skip("the stand-ins are POSIX shell scripts");
        var (kind, _) = StandIn("0.32.0");
        var folder = Directory.CreateTempSubdirectory("kg-docker-").FullName;
        // crictl rmi on a node without the image, as cri-tools prints it (logrus to stderr, then its fatal line; exit 1).
        var docker = StandInExecutable.Write(Path.Combine(folder, "docker"), """
            #!/bin/sh
            case "$2" in
              guide-control-plane) echo 'time="2026-01-01T00:00:00Z" level=error msg="no such image kedaguidance/sample-app:kg-1"' >&2
                 echo 'time="2026-01-01T00:00:00Z" level=fatal msg="unable to remove the image(s)"' >&2; exit 1 ;;
              *) echo 'time="2026-01-01T00:00:00Z" level=fatal msg="connect: connection refused"' >&2; exit 1 ;;
            esac
            """);
        await using var images = new KedaGuidance.Fixtures.Docker.SuiteImages("kg-1", new DotNet.Testcontainers.Configurations.DockerEndpointAuthenticationConfiguration(new Uri("unix:///nonexistent/docker.sock")));
        var remove = new KindImageHandlers(images, kind, docker).Operations.Single(h => h.Handles(new KindRemoveImage("kedaguidance/sample-app:kg-1", "guide")));

        var act = () => remove.ExecuteAsync(new KindRemoveImage("kedaguidance/sample-app:kg-1", "guide"), Ct);

        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message
            .Should().Contain("guide-worker").And.Contain("connection refused").And.NotContain("guide-control-plane", "the node without the image is not a failure");
        KindImageHandlers.NotOnNode("level=error msg=\"no such image kedaguidance/sample-app:kg-1\"").Should().BeTrue();
        KindImageHandlers.NotOnNode("level=fatal msg=\"connect: connection refused\"").Should().BeFalse();
    }

    [Fact]
    public void Kind_is_an_emulated_target_whose_cluster_outlives_its_runs()
    {
        var kind = SuiteTargets.Find("kind")!;
        kind.Profile.Capabilities.Should().BeEquivalentTo(TargetCapabilities.Cluster, TargetCapabilities.Aws);
        kind.Profile.LackReason(TargetCapabilities.Ecr).Should().Contain("the kind target has no ECR").And.Contain("loaded straight into kind");
        var settings = Read((ExistingClusterSettings.KubeContextVariable, "kind-guide"));
        kind.Sweep(settings).Should().Be(new TargetSweep(new ExistingClusterSettings("kind-guide", settings.TargetSettingsAs<KindSettings>().Cluster.Kubeconfig), null, false,
            "the kind target's LocalStack in Docker lives only as long as its run, so it needs no sweep"));
        kind.PlanAws(settings).InClusterEndpoint.Should().Be(new Uri("http://localstack:4566"));
    }
}
