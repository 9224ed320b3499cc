using System.Text;
using Docker.DotNet.Models;
using DotNet.Testcontainers.Configurations;
using KedaGuidance.Fixtures.Docker;
using KedaGuidance.Fixtures.Targets.Local;
using KedaGuidance.Harness.Configuration;

namespace KedaGuidance.Harness.Tests.Docker;

/// <summary>
/// The local target's Docker plumbing through the suite's own fixtures, on a real engine: the shared network, k3s
/// and LocalStack (stand-in image) on it under the suite's aliases, one reaching the other at the in-network endpoint
/// the suite gives pods, and nothing of the run left afterwards.
/// </summary>
[Trait("Category", "docker")]
[Collection(DockerCollection.Name)]
public sealed class LocalTargetDockerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_shared_network_is_created_with_the_run_label_and_removed()
    {
        var engine = await DockerTestEngine.RequireAsync();
        var settings = DockerTestEngine.Settings();
        var network = StandIns.Network(settings);

        await network.StartAsync(Ct);
        await network.StartAsync(Ct); // fixtures call it each; the second call creates nothing
        using (var client = engine.GetDockerClientBuilder().Build())
        {
            var created = await client.Networks.InspectNetworkAsync(SuiteNetwork.NameFor(settings.RunId), Ct);
            created.Labels.Should().Contain(RunLabel.Key, settings.RunId);
        }
        (await DockerLeftovers.ListAsync(engine, settings.RunId, Ct)).Should().ContainSingle().Which.Should().Be($"network {SuiteNetwork.NameFor(settings.RunId)}");

        await network.DisposeAsync();
        (await DockerLeftovers.ListAsync(engine, settings.RunId, Ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task K3s_and_LocalStack_join_the_network_under_their_aliases_and_pods_side_reaches_LocalStack_at_the_in_network_endpoint()
    {
        var engine = await DockerTestEngine.RequireAsync();
        var settings = DockerTestEngine.Settings();
        var network = StandIns.Network(settings);
        var k3s = StandIns.K3sFixture(settings, network);
        var localStack = new LocalStackFixture(settings, LocalSettings.Of(settings).LocalStackImage, network, authToken: null, StandIns.LocalStack);
        try
        {
            await localStack.StartAsync(Ct); // the module's own wait: /_localstack/health over the mapped port
            await k3s.StartAsync(Ct);

            // The k3s module's command with the suite's --tls-san appended (WithCommand appends).
            var args = Encoding.UTF8.GetString(await k3s.Container.ReadFileAsync("/k3s-args", Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            args.Should().Equal("server", "--disable=traefik", K3sContainerSpec.TlsSanArgument);

            using (var client = engine.GetDockerClientBuilder().Build())
            {
                var networkName = SuiteNetwork.NameFor(settings.RunId);
                var k3sInspect = await client.Containers.InspectContainerAsync(k3s.Container.Id, Ct);
                k3sInspect.NetworkSettings!.Networks![networkName].Aliases.Should().Contain(K3sContainerSpec.NetworkAlias);
                k3sInspect.Config!.Labels.Should().Contain(RunLabel.Key, settings.RunId);
                var leftoversWhileRunning = await DockerLeftovers.ListAsync(engine, settings.RunId, Ct);
                leftoversWhileRunning.Should().HaveCount(3, "the network and both containers carry the run label: {0}", string.Join("; ", leftoversWhileRunning));
            }

            // From the k3s side of the network, at exactly the endpoint the suite hands to pods.
            localStack.InClusterEndpoint.Should().Be(new Uri("http://localstack:4566"));
            var health = new Uri(localStack.InClusterEndpoint!, "_localstack/health");
            var fromK3s = await k3s.Container.ExecAsync(["wget", "-qO-", health.ToString()], Ct);
            fromK3s.ExitCode.Should().Be(0, fromK3s.Stderr);
            fromK3s.Stdout.Should().Contain("\"stand-in\":true");

            // By the address pods' DNS is given for the alias (InClusterDns), too.
            var byAddress = await k3s.Container.ExecAsync(["wget", "-qO-", $"http://{localStack.NetworkAddress}:4566/_localstack/health"], Ct);
            byAddress.ExitCode.Should().Be(0, byAddress.Stderr);
            InClusterDns.CoreDnsCustomConfigMap(LocalStackContainerSpec.NetworkAlias, localStack.NetworkAddress, settings.RunId)
                .Should().Contain($"{localStack.NetworkAddress} localstack");

            // And from the test process at the host-side endpoint the AWS clients use.
            using var http = new HttpClient();
            (await http.GetStringAsync(new Uri(localStack.Endpoint!, "_localstack/health"), Ct)).Should().Contain("\"sqs\":\"running\"");
        }
        finally
        {
            await k3s.DisposeAsync();
            await localStack.DisposeAsync();
            await network.DisposeAsync();
        }
        (await DockerLeftovers.ListAsync(engine, settings.RunId, Ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_fixture_that_fails_to_start_removes_what_it_created()
    {
        var engine = await DockerTestEngine.RequireAsync();
        var settings = DockerTestEngine.Settings();
        var network = StandIns.Network(settings);
        var k3s = new K3sFixture(settings, network, StandIns.K3s,
            readiness: (_, _) => throw new ClusterNotReadyException("stand-in never ready", null));
        try
        {
            var start = () => k3s.StartAsync(Ct);
            await start.Should().ThrowAsync<ClusterNotReadyException>();
            // Only the network is left (the session disposes it); the container went with the failed start.
            (await DockerLeftovers.ListAsync(engine, settings.RunId, Ct)).Should().Equal($"network {SuiteNetwork.NameFor(settings.RunId)}");
        }
        finally
        {
            await network.DisposeAsync();
        }
    }
}
