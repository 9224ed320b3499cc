using Docker.DotNet;
using Docker.DotNet.Models;
using DotNet.Testcontainers.Builders;
using KedaGuidance.Fixtures.Cluster;
using KedaGuidance.Fixtures.Docker;
using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Fixtures.Targets.Kind;
using KedaGuidance.Harness.Configuration;

namespace KedaGuidance.Harness.Tests.Docker;

/// <summary>
/// The kind target's Docker plumbing on a real engine: LocalStack (stand-in image) joins a network named <c>kind</c>
/// that the suite did not create, as <c>localstack</c>; a container on that network — where kind's nodes are — reaches
/// it by the alias through Docker's embedded DNS; the network is never deleted; a missing network fails the preflight
/// saying what to do. (That pods reach the node's embedded DNS is kind's own doing, read in its source: KindFacts.)
/// </summary>
[Trait("Category", "docker")]
[Collection(DockerCollection.Name)]
public sealed class KindNetworkDockerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SuiteSettings KindSettings() => SettingsReader.Read(new Dictionary<string, string?>
    {
        [SettingNames.Target] = "kind", [SettingNames.Mode] = "plan", [SettingNames.Guide] = Path.GetTempPath(), [SettingNames.RunId] = DockerTestEngine.NewRunId(),
    }, Path.GetTempPath(), DateTimeOffset.UtcNow, SuiteTargets.Catalog);

    private static KindNetwork Network() =>
        new(new DockerRequirements([new ImageRequirement(DockerTestEngine.StandInImage, LocalStackImageSetting.Name)], null, null), DockerPreflight.ForThisProcess("kind"));

    private static async Task<bool> KindNetworkExistsAsync(IDockerClient client)
    {
        try
        {
            await client.Networks.InspectNetworkAsync(KindFacts.Network, Ct);
            return true;
        }
        catch (DockerNetworkNotFoundException)
        {
            return false;
        }
    }

    [Fact]
    public async Task LocalStack_joins_kinds_network_as_localstack_a_node_reaches_it_by_the_alias_and_the_network_stays()
    {
        var engine = await DockerTestEngine.RequireAsync();
        using var client = engine.GetDockerClientBuilder().Build();
        if (await KindNetworkExistsAsync(client))
            Assert.Skip($"this engine already has a network '{KindFacts.Network}' (a real kind?); the test creates its own stand-in and never touches a user's");
        var settings = KindSettings();
        await client.Networks.CreateNetworkAsync(new NetworksCreateParameters { Name = KindFacts.Network }, Ct); // what `kind create cluster` does
        var node = new ContainerBuilder(DockerTestEngine.StandInImage).WithNetwork(KindFacts.Network).WithLabel(RunLabel.Key, settings.RunId)
            .WithEntrypoint("sh", "-c", "trap 'exit 0' TERM; sleep 3600 & wait").Build();
        var network = Network();
        var localStack = new LocalStackFixture(settings, DockerTestEngine.StandInImage, network, authToken: null, StandIns.LocalStack);
        try
        {
            await node.StartAsync(Ct);
            await localStack.StartAsync(Ct);

            var labelled = await client.Containers.ListContainersAsync(new ContainersListParameters
            {
                Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [RunLabel.Filter(settings.RunId)] = true } },
            }, Ct);
            var inspected = await client.Containers.InspectContainerAsync(labelled.Single(c => c.ID != node.Id).ID, Ct);
            inspected.NetworkSettings!.Networks![KindFacts.Network].Aliases.Should().Contain(LocalStackContainerSpec.NetworkAlias);
            localStack.NetworkAddress.Should().Be(inspected.NetworkSettings.Networks[KindFacts.Network].IPAddress);

            var fromNode = await node.ExecAsync(["wget", "-qO-", new Uri(localStack.InClusterEndpoint!, "_localstack/health").ToString()], Ct);
            fromNode.ExitCode.Should().Be(0, fromNode.Stderr);
            fromNode.Stdout.Should().Contain("\"stand-in\":true");
        }
        finally
        {
            await localStack.DisposeAsync();
            await network.DisposeAsync();
            (await KindNetworkExistsAsync(client)).Should().BeTrue("kind's network is kind's: the suite never deletes it");
            await node.DisposeAsync();
            await client.Networks.DeleteNetworkAsync(KindFacts.Network, Ct);
        }
        (await DockerLeftovers.ListAsync(engine, settings.RunId, Ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task Without_kinds_network_the_preflight_fails_saying_to_create_the_cluster_on_this_engine()
    {
        var engine = await DockerTestEngine.RequireAsync();
        using var client = engine.GetDockerClientBuilder().Build();
        if (await KindNetworkExistsAsync(client))
            Assert.Skip($"this engine has a network '{KindFacts.Network}'; the missing-network case cannot be shown here");

        var start = () => Network().StartAsync(Ct);

        (await start.Should().ThrowAsync<ClusterUnavailableException>()).Which.Message.Should()
            .Contain($"no network '{KindFacts.Network}'").And.Contain("kind create cluster").And.Contain("Nothing was created");
    }
}
