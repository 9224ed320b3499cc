using DotNet.Testcontainers.Configurations;
using KedaGuidance.Fixtures.Docker;
using KedaGuidance.Fixtures.Targets.Local;
using KedaGuidance.Harness.Configuration;

namespace KedaGuidance.Harness.Tests.Docker;

/// <summary>The preflight's errors that need no engine: no Docker, an older API, LocalStack without a token. Each says what to do and creates nothing.</summary>
public sealed class DockerPreflightTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DOCKER_HOST_at_a_missing_socket_fails_naming_Docker_and_the_other_targets()
    {
        var socket = Path.Combine(Path.GetTempPath(), $"kg-missing-{Guid.NewGuid():N}", "docker.sock");
        var preflight = new DockerPreflight(() => new DockerEndpointAuthenticationConfiguration(new Uri($"unix://{socket}")));

        var run = () => preflight.EnsureEngineAsync(Ct);

        var message = (await run.Should().ThrowAsync<LocalTargetUnavailableException>()).Which.Message;
        message.Should().Contain("needs a Docker engine").And.Contain(socket)
            .And.Contain("runsettings/static.runsettings").And.Contain("runsettings/plan.runsettings").And.Contain(SettingNames.AwsEndpoint)
            .And.Contain("Nothing was created");
    }

    [Fact]
    public async Task No_endpoint_discovered_fails_naming_Docker_and_the_other_targets()
    {
        var run = () => new DockerPreflight(() => null).EnsureEngineAsync(Ct);

        (await run.Should().ThrowAsync<LocalTargetUnavailableException>()).Which.Message.Should()
            .Contain("no Docker endpoint answered").And.Contain("DOCKER_HOST").And.Contain("runsettings/plan.runsettings");
    }

    [Fact]
    public void An_engine_older_than_the_client_API_gets_the_DOCKER_API_VERSION_hint()
    {
        DockerPreflight.NoEngineMessage("local", "the engine did not answer: client version 1.44 is too new. Maximum supported API version is 1.41")
            .Should().Contain("DOCKER_API_VERSION");
        DockerPreflight.NoEngineMessage("local", "the engine did not answer: connection refused").Should().NotContain("DOCKER_API_VERSION");
    }

    [Theory]
    [InlineData("localstack/localstack:4.15.0", true)]
    [InlineData("localstack/localstack:4.16", true)]
    [InlineData("localstack/localstack:5.0.1", true)]
    [InlineData("localstack/localstack:latest", true)]
    [InlineData("localstack/localstack:4.14.0", false)]
    [InlineData("localstack/localstack:3.8.1", false)]
    public void LocalStack_4_15_and_newer_need_a_token(string image, bool required) =>
        DockerPreflight.RequiresAuthToken(image).Should().Be(required);

    [Fact]
    public void LocalStack_4_15_without_a_token_names_the_variable_and_the_token_free_default()
    {
        var check = () => DockerPreflight.EnsureLocalStackToken("localstack/localstack:4.15.0", authToken: null);

        check.Should().Throw<LocalTargetUnavailableException>().Which.Message.Should()
            .Contain("LOCALSTACK_AUTH_TOKEN").And.Contain($"{LocalStackImageSetting.Name}={LocalStackImageSetting.Default}");
        DockerPreflight.EnsureLocalStackToken("localstack/localstack:4.15.0", "ls-token"); // with a token: accepted
    }

    [Fact]
    public async Task The_local_target_without_a_token_fails_before_touching_Docker()
    {
        var settings = DockerTestEngine.Settings(localStackImage: "localstack/localstack:4.15.0");
        var engineAsked = false;
        var network = new SuiteNetwork(settings, LocalTarget.DockerRequirements(settings, localStackAuthToken: null),
            new DockerPreflight(() => { engineAsked = true; return null; }));

        var start = () => network.StartAsync(Ct);

        (await start.Should().ThrowAsync<LocalTargetUnavailableException>()).Which.Message.Should().Contain("LOCALSTACK_AUTH_TOKEN");
        engineAsked.Should().BeFalse("the token rule is checked before Docker is contacted");
        await network.DisposeAsync();
    }

    [Fact]
    public void The_local_target_needs_LocalStack_only_without_an_AWS_endpoint()
    {
        var settings = DockerTestEngine.Settings();
        LocalTarget.DockerRequirements(settings, null).Images.Select(i => i.Image).Should().Equal(LocalSettings.Of(settings).K3sImage, LocalSettings.Of(settings).LocalStackImage);
        var withEndpoint = settings with { AwsEndpoint = new Uri("http://127.0.0.1:5000") };
        var requirements = LocalTarget.DockerRequirements(withEndpoint, null);
        requirements.Images.Should().Equal(new ImageRequirement(LocalSettings.Of(settings).K3sImage, LocalSettings.K3sImageVariable));
        requirements.LocalStackImage.Should().BeNull();
    }
}
