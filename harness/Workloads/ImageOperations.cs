using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Workloads;

/// <summary>
/// A declared deviation of the guide's ECR steps: <c>docker build -t IMAGE FOLDER</c>, then the image is imported into
/// the cluster's containerd (the cluster fixture's <c>IImageLoader</c> does it); pods use it with imagePullPolicy
/// IfNotPresent, so nothing is pulled.
/// </summary>
public sealed record LoadImageIntoCluster(string DockerfileFolder, string Image) : Operation<Done>
{
    public override string Kind => "image.load-into-cluster";
    public override string Summary => $"docker build -t {Image} {DockerfileFolder}, then import it into the cluster's containerd";
    public override Done Planned() => Done.Value;
}

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

/// <summary>
/// One command-line tool call the guide makes that is neither aws nor kubectl/helm (eksctl). Arguments are shown as
/// typed; the handler runs the tool with CliWrap and fails with its stderr.
/// </summary>
public sealed record ToolCommand(string Tool, IReadOnlyList<string> Arguments, string Why) : Operation<Done>
{
    public override string Kind => $"{Tool}.command";
    public override string Summary => $"{Tool} {string.Join(' ', Arguments.Take(3))} … ({Why})";
    public override string Content => $"{Tool} {string.Join(' ', Arguments)}";
    public override Done Planned() => Done.Value;
}
