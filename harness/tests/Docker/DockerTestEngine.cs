using Docker.DotNet;
using DotNet.Testcontainers.Configurations;
using KedaGuidance.Fixtures.Docker;
using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Fixtures.Targets.Local;
using KedaGuidance.Harness.Configuration;

namespace KedaGuidance.Harness.Tests.Docker;

/// <summary>
/// The Docker engine the docker tests run against, found the way the suite finds it (the preflight over
/// Testcontainers' discovery). Without one — or without the stand-in image — the tests are Skipped with what to do.
/// Discovery runs once per process and takes a fraction of a second when nothing answers, so the static stage's
/// skips are quick.
/// </summary>
public static class DockerTestEngine
{
    /// <summary>Stands in for k3s and LocalStack (their images cannot be pulled, and k3s needs privileges, where CI runs).</summary>
    public const string StandInImage = "local/busybox:1";

    private const string HowTo =
        "These tests need a Docker engine and the stand-in image local/busybox:1: CI's docker stage (.ci/stages/50-docker.sh) starts both; " +
        "locally, with Docker running, build the image as that stage does (docker import of a busybox rootfs) and set DOCKER_API_VERSION " +
        "if the engine is older than API 1.44 and TESTCONTAINERS_RYUK_DISABLED=true if Ryuk's image cannot be pulled.";

    private static readonly Lazy<Task<(IDockerEndpointAuthenticationConfiguration? Engine, string? Reason)>> Probe = new(ProbeAsync);

    /// <summary>The engine, or the test is Skipped with the reason.</summary>
    public static async Task<IDockerEndpointAuthenticationConfiguration> RequireAsync()
    {
        var (engine, reason) = await Probe.Value;
        if (engine is null)
            Assert.Skip(reason!);
        return engine;
    }

    /// <summary>Settings as a local run would have them, with a run id of its own per test.</summary>
    public static SuiteSettings Settings(string? localStackImage = null) =>
        SettingsReader.Read(new Dictionary<string, string?>
        {
            [SettingNames.Target] = "local",
            [SettingNames.Guide] = Path.GetTempPath(),
            [SettingNames.RunId] = NewRunId(),
            [LocalStackImageSetting.Name] = localStackImage,
        }, Path.GetTempPath(), DateTimeOffset.UtcNow, SuiteTargets.Catalog);

    public static string NewRunId() => $"kgtest-{Guid.NewGuid():N}"[..20];

    /// <summary>Preflight requirements naming only the stand-in image (the real images are not on CI's engine).</summary>
    public static DockerRequirements StandInRequirements { get; } =
        new([new ImageRequirement(StandInImage, LocalSettings.K3sImageVariable)], null, null);

    private static async Task<(IDockerEndpointAuthenticationConfiguration?, string?)> ProbeAsync()
    {
        try
        {
            var engine = await DockerPreflight.ForThisProcess("local").EnsureEngineAsync(CancellationToken.None);
            using var client = engine.GetDockerClientBuilder().Build();
            try
            {
                await client.Images.InspectImageAsync(StandInImage);
            }
            catch (DockerImageNotFoundException)
            {
                return (null, $"The Docker engine at {engine.Endpoint} has no image {StandInImage}. {HowTo}");
            }
            return (engine, null);
        }
        catch (LocalTargetUnavailableException e)
        {
            return (null, $"No Docker engine reachable ({e.Message.Split(". ")[0]}). {HowTo}");
        }
    }
}

/// <summary>The docker tests share one engine on a small machine: run them one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DockerCollection
{
    public const string Name = "docker";
}
