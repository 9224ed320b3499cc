using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Workloads;

/// <summary>
/// The guide's commands, as written: docker build, aws ecr get-login-password | docker login
/// --password-stdin (the password goes through a pipe, never onto a command line or into the record), docker tag,
/// docker push. The repository is created before (Aws.Ecr.CreateRepository).
/// </summary>
public sealed record PushImageToEcr(string DockerfileFolder, string LocalTag, string Registry, string Repository, string Region) : Operation<string>
{
    public string RemoteImage => $"{Registry}/{Repository}";
    public override string Kind => "image.push-to-ecr";
    public override string Summary => $"build {DockerfileFolder} and push it to {RemoteImage}";

    public IReadOnlyList<IReadOnlyList<string>> DockerCommands =>
    [
        ["build", "-t", LocalTag, DockerfileFolder],
        ["tag", LocalTag, RemoteImage],
        ["push", RemoteImage],
    ];

    public override string Content => string.Join("\n",
    [
        $"docker {string.Join(' ', DockerCommands[0])}",
        $"aws ecr get-login-password --region {Region} | docker login --username AWS --password-stdin {Registry}",
        $"docker {string.Join(' ', DockerCommands[1])}",
        $"docker {string.Join(' ', DockerCommands[2])}",
    ]);

    public override string Planned() => RemoteImage;
}
