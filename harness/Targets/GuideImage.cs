namespace KedaGuidance.Harness.Targets;

/// <summary>
/// One image the guide builds from its own Dockerfile (<c>docker build -t LOCALTAG FOLDER</c>) and where the guide
/// pushes it: the scaling sections describe it, the profile's <see cref="IImageDelivery"/> decides how it reaches
/// the cluster.
/// </summary>
/// <param name="Name">The image's short name (sqsconsumer, sample-app): a loaded image is named after it.</param>
/// <param name="GuideSays">The guide's commands, for a declared deviation.</param>
public sealed record GuideImage(string Name, string DockerfileFolder, string LocalTag, GuideImageDestination Destination, string GuideSays);
