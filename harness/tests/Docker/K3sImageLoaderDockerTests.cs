using System.Text;
using Docker.DotNet.Models;
using KedaGuidance.Fixtures.Docker;
using KedaGuidance.Fixtures.Targets.Local;

namespace KedaGuidance.Harness.Tests.Docker;

/// <summary>
/// The image path of the local target, for real: a Dockerfile built with the suite's image builder, saved through the
/// Docker client, copied into the cluster container and imported by the same code that imports into k3s (a stub
/// <c>ctr</c> in the stand-in records what it was asked to do).
/// </summary>
[Trait("Category", "docker")]
[Collection(DockerCollection.Name)]
public sealed class K3sImageLoaderDockerTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly string _folder = Directory.CreateTempSubdirectory("kg-image-").FullName;

    public K3sImageLoaderDockerTests() =>
        File.WriteAllText(Path.Combine(_folder, "Dockerfile"), $"FROM {DockerTestEngine.StandInImage}\nRUN echo built-by-the-suite > /built.txt\n");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Builds_saves_copies_and_imports_with_ctr_into_the_k8s_io_namespace_and_leaves_nothing()
    {
        var engine = await DockerTestEngine.RequireAsync();
        var settings = DockerTestEngine.Settings();
        var imageName = $"kgtest/sqs-consumer:{settings.RunId}";
        var network = StandIns.Network(settings);
        var k3s = StandIns.K3sFixture(settings, network);
        try
        {
            await k3s.StartAsync(Ct);
            await k3s.Images!.LoadAsync(_folder, imageName, Ct);

            var ctrArgs = await ReadLinesAsync(k3s, "/ctr-args");
            ctrArgs.Should().Equal(K3sImageLoader.ImportCommand(K3sImageLoader.ArchivePath(imageName)).Skip(1));
            ctrArgs.Should().StartWith(["-n", "k8s.io", "images", "import"]);
            // What ctr received is a docker-archive of the built image.
            var archive = await ReadLinesAsync(k3s, "/ctr-archive");
            archive.Should().Contain(["manifest.json", "repositories"]);
            // The copy is removed once imported.
            (await k3s.Container.ExecAsync(["ls", K3sImageLoader.ArchivePath(imageName)], Ct)).ExitCode.Should().NotBe(0);

            using var client = engine.GetDockerClientBuilder().Build();
            var built = await client.Images.InspectImageAsync(imageName, Ct);
            built.Config!.Labels.Should().Contain(RunLabel.Key, settings.RunId);
        }
        finally
        {
            await k3s.DisposeAsync();
            await network.DisposeAsync();
        }
        (await DockerLeftovers.ListAsync(engine, settings.RunId, Ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_failing_import_names_the_image_the_command_and_what_ctr_said()
    {
        await DockerTestEngine.RequireAsync();
        var settings = DockerTestEngine.Settings();
        var imageName = $"kgtest/failing:{settings.RunId}";
        var network = StandIns.Network(settings);
        var k3s = StandIns.K3sFixture(settings, network);
        try
        {
            await k3s.StartAsync(Ct);
            var broken = await k3s.Container.ExecAsync(["sh", "-c", "printf '#!/bin/sh\\necho ctr: content digest not found >&2\\nexit 1\\n' > /bin/ctr"], Ct);
            broken.ExitCode.Should().Be(0, broken.Stderr);

            var load = () => k3s.Images!.LoadAsync(_folder, imageName, Ct);
            (await load.Should().ThrowAsync<ImageLoadException>()).Which.Message.Should()
                .Contain(imageName).And.Contain("ctr -n k8s.io images import").And.Contain("exited with 1").And.Contain("content digest not found");
        }
        finally
        {
            await k3s.DisposeAsync();
            await network.DisposeAsync();
        }
    }

    [Fact]
    public async Task An_image_of_that_name_not_built_by_the_run_is_refused_and_kept()
    {
        var engine = await DockerTestEngine.RequireAsync();
        var settings = DockerTestEngine.Settings();
        var foreign = $"kgtest/foreign:{settings.RunId}";
        using var client = engine.GetDockerClientBuilder().Build();
        await client.Images.TagImageAsync(DockerTestEngine.StandInImage, new ImageTagParameters { RepositoryName = "kgtest/foreign", Tag = settings.RunId }, Ct);
        var network = StandIns.Network(settings);
        var k3s = StandIns.K3sFixture(settings, network);
        try
        {
            await k3s.StartAsync(Ct);
            var load = () => k3s.Images!.LoadAsync(_folder, foreign, Ct);
            (await load.Should().ThrowAsync<ImageLoadException>()).Which.Message.Should().Contain(foreign).And.Contain("was not built by this run");
            await k3s.DisposeAsync();
            (await client.Images.InspectImageAsync(foreign, Ct)).Should().NotBeNull("the user's image is never deleted");
        }
        finally
        {
            await k3s.DisposeAsync();
            await network.DisposeAsync();
            await client.Images.DeleteImageAsync(foreign, new ImageDeleteParameters(), Ct);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_image_pods_pull_is_taken_from_the_hosts_Docker_imported_and_must_be_listed_by_ctr(bool listed)
    {
        await DockerTestEngine.RequireAsync();
        var settings = DockerTestEngine.Settings();
        var network = StandIns.Network(settings);
        var k3s = StandIns.K3sFixture(settings, network);
        var lines = new List<string>();
        try
        {
            await k3s.StartAsync(Ct);
            // A ctr that imports (recording the archive) and lists what containerd would call the image, or nothing.
            var name = K3sImageLoader.ContainerdName(DockerTestEngine.StandInImage);
            var stub = $"#!/bin/sh\ncase \"$4\" in import) tar -tf \"$5\" > /ctr-archive ;; ls) {(listed ? $"echo {name}" : "true")} ;; esac\n";
            (await k3s.Container.ExecAsync(["sh", "-c", $"printf '%s' '{stub}' > /bin/ctr && chmod +x /bin/ctr"], Ct)).ExitCode.Should().Be(0);
            var loader = (K3sImageLoader)k3s.Images!;

            var import = () => loader.ImportPulledAsync(DockerTestEngine.StandInImage, lines.Add, Ct);

            if (listed)
            {
                var imported = await import();
                imported.Pulled.Should().BeFalse("the host's Docker has it already: nothing is pulled again");
                imported.Bytes.Should().BeGreaterThan(0);
                (await ReadLinesAsync(k3s, "/ctr-archive")).Should().Contain("manifest.json");
                lines.Should().ContainSingle().Which.Should().StartWith($"[image] {DockerTestEngine.StandInImage}: already in the host's Docker").And.EndWith("listed by ctr");
            }
            else
            {
                (await import.Should().ThrowAsync<ImageLoadException>()).WithMessage($"*was imported into k3s, but `ctr -n k8s.io images ls -q` does not list {name}*");
            }
        }
        finally
        {
            await k3s.DisposeAsync();
            await network.DisposeAsync();
        }
    }

    private static async Task<string[]> ReadLinesAsync(K3sFixture k3s, string path) =>
        Encoding.UTF8.GetString(await k3s.Container.ReadFileAsync(path, Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
