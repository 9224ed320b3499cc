using KedaGuidance.Fixtures.Docker;
using KedaGuidance.Fixtures.Targets.Local;
using KedaGuidance.Harness.Configuration;
using Testcontainers.LocalStack;

namespace KedaGuidance.Harness.Tests.Docker;

/// <summary>The preflight's errors that need a real engine: an image neither present nor pullable, and agreement with the LocalStack module's own token rule.</summary>
[Trait("Category", "docker")]
[Collection(DockerCollection.Name)]
public sealed class DockerPreflightDockerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_image_neither_present_nor_pullable_fails_the_target_naming_the_image_how_to_pre_pull_and_the_override_and_creates_nothing()
    {
        var engine = await DockerTestEngine.RequireAsync();
        var settings = DockerTestEngine.Settings();
        var missing = $"kedaguidance-test/absent:{settings.RunId}";
        var network = new SuiteNetwork(settings,
            new DockerRequirements([new ImageRequirement(DockerTestEngine.StandInImage, LocalStackImageSetting.Name), new ImageRequirement(missing, LocalSettings.K3sImageVariable)], null, null),
            DockerPreflight.ForThisProcess("local"));

        var start = () => network.StartAsync(Ct);

        var error = (await start.Should().ThrowAsync<LocalTargetUnavailableException>()).Which;
        error.Message.Should().Contain($"'{missing}'").And.Contain($"docker pull {missing}").And.Contain(LocalSettings.K3sImageVariable).And.Contain("Nothing was created");
        (await DockerLeftovers.ListAsync(engine, settings.RunId, Ct)).Should().BeEmpty();
        await network.DisposeAsync();
    }

    [Theory]
    [InlineData("localstack/localstack:4.14.0")]
    [InlineData("localstack/localstack:4.15.0")]
    [InlineData("localstack/localstack:5.0")]
    [InlineData("localstack/localstack:3.8.1")]
    [InlineData("localstack/localstack:latest")]
    public async Task The_token_rule_is_the_LocalStack_modules_own(string image)
    {
        await DockerTestEngine.RequireAsync(); // the module checks for an engine before the token
        var moduleRefuses = false;
        try
        {
            await using var container = new LocalStackBuilder(image).Build();
        }
        catch (ArgumentException e) when (e.Message.Contains(DockerPreflight.AuthTokenVariable))
        {
            moduleRefuses = true;
        }
        DockerPreflight.RequiresAuthToken(image).Should().Be(moduleRefuses);
    }
}
