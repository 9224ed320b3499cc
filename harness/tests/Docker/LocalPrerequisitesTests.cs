using KedaGuidance.Fixtures.Guide;
using KedaGuidance.Fixtures.Session;
using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Fixtures.Targets.Local;
using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Helm;

namespace KedaGuidance.Harness.Tests.Docker;

/// <summary>The local target checks what it needs outside Docker before it creates anything, and once per run.</summary>
public sealed class LocalPrerequisitesTests
{
    private static SuiteSession LiveLocalSession()
    {
        var folder = Directory.CreateTempSubdirectory("kg-local-").FullName;
        var settings = SettingsReader.Read(new Dictionary<string, string?>
        {
            [SettingNames.Target] = "local", [SettingNames.Guide] = folder, [SettingNames.RunId] = "kg-prereq",
            [SettingNames.Evidence] = Path.Combine(folder, "evidence"),
        }, folder, DateTimeOffset.UtcNow, SuiteTargets.Catalog);
        return SuiteSession.Create(settings, new GuideCheckout(folder, new GuideIdentity(folder, "content-sha256", "x")), new StringWriter());
    }

    [Fact]
    public async Task Helm_is_checked_before_the_Docker_network_or_any_container_is_created()
    {
        var session = LiveLocalSession();
        var cluster = new LocalCluster(session, helmExecutable: "/nonexistent/helm-kg");

        // Were the network (the Docker preflight) first, a machine without Docker would fail with LocalTargetUnavailableException
        // and one with Docker would create the network: the helm failure proves the order on both.
        var act = () => session.UseFixtureAsync<IClusterFixture>(() => cluster, TestContext.Current.CancellationToken);

        (await act.Should().ThrowAsync<HelmException>()).WithMessage("helm was not found*install Helm 3.8.0+*");
        var again = () => session.UseFixtureAsync<IClusterFixture>(() => new LocalCluster(session), TestContext.Current.CancellationToken);
        await again.Should().ThrowAsync<HelmException>("the failed preflight is remembered: the next scenario does not start another k3s");
        await session.DisposeAsync();
    }

    [Fact]
    public async Task An_old_helm_is_refused_by_the_same_check()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "the stand-in helm is a POSIX shell script");
        var folder = Directory.CreateTempSubdirectory("kg-helm-").FullName;
        var helm = Path.Combine(folder, "helm");
        StandInExecutable.Write(helm, "#!/bin/sh\necho v3.6.3+gd506314\n");

        var act = () => HelmCli.CheckInstalledAsync(helm, CancellationToken.None);

        (await act.Should().ThrowAsync<HelmException>()).WithMessage("helm 3.6.3 is not supported*3.8.0 or newer*");
    }

    [Theory]
    [InlineData("prom/prometheus:v2.53.2", "docker.io/prom/prometheus:v2.53.2")]
    [InlineData("curlimages/curl:8.10.1", "docker.io/curlimages/curl:8.10.1")]
    [InlineData("busybox", "docker.io/library/busybox:latest")]
    [InlineData("ghcr.io/kedacore/keda:2.14.1", "ghcr.io/kedacore/keda:2.14.1")]
    [InlineData("public.ecr.aws/aws-observability/aws-otel-collector:v0.36.0", "public.ecr.aws/aws-observability/aws-otel-collector:v0.36.0")]
    public void Imported_images_are_looked_for_under_the_name_containerd_gives_them(string image, string listed) =>
        K3sImageLoader.ContainerdName(image).Should().Be(listed);

    [Fact]
    public void The_images_pods_pull_by_themselves_come_from_the_suite_and_the_guides_collector()
    {
        var images = LocalClusterImages.For(TestGuide.Root);

        images.Should().Equal("curlimages/curl:8.10.1", "prom/prometheus:v2.53.2", "public.ecr.aws/aws-observability/aws-otel-collector:v0.36.0");
    }

    [Fact]
    public void The_smoke_check_pod_carries_the_run_label_and_uses_the_imported_curl()
    {
        var pod = PodsReachLocalStack.Pod(new Uri("http://localstack:4566"), "kg-t");

        pod.Metadata.Labels.Should().Contain("kedaguidance.io/run-id", "kg-t");
        pod.Spec.Containers.Single().ImagePullPolicy.Should().Be("IfNotPresent");
        pod.Spec.Containers.Single().Command.Should().Contain("--retry-all-errors").And.EndWith("http://localstack:4566/_localstack/health");
    }

    [Fact]
    public void CoreDns_counts_as_rolled_out_only_when_the_restart_is_observed_and_every_replica_updated_and_ready()
    {
        static k8s.Models.V1Deployment D(long observed, int updated, int ready, int total) => new()
        {
            Spec = new k8s.Models.V1DeploymentSpec { Replicas = 1 },
            Status = new k8s.Models.V1DeploymentStatus { ObservedGeneration = observed, UpdatedReplicas = updated, ReadyReplicas = ready, Replicas = total },
        };

        CoreDnsAlias.RolledOut(D(1, 1, 1, 1), generation: 2).Met.Should().BeFalse("the controller has not seen the restart");
        CoreDnsAlias.RolledOut(D(2, 1, 1, 2), generation: 2).Met.Should().BeFalse("the old pod is still there");
        CoreDnsAlias.RolledOut(D(2, 1, 1, 1), generation: 2).Met.Should().BeTrue();
    }
}
