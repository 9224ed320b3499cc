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
