using KedaGuidance.Harness.Targets;

namespace KedaGuidance.Harness.Workloads;

/// <summary>
/// The terms of a start budget for a new pod of one of the guide's workloads: its image pull, as the target delivers
/// images (ECR) or as the image's public registry serves it, then the container's start.
/// </summary>
public static class PodStart
{
    /// <summary>Stated allowance for a container whose image is present to start and pass its readiness (the guide's workloads start a Python process or a Go binary).</summary>
    public static readonly TimeSpan ContainerStartAllowance = TimeSpan.FromSeconds(30);

    /// <summary>Stated allowance for a node's first pull of a public image (public.ecr.aws: the ADOT collector, the SigV4 proxy).</summary>
    public static readonly TimeSpan PublicImagePullAllowance = TimeSpan.FromSeconds(120);

    public static (string Term, TimeSpan Duration)[] Terms(ImagePull pull) =>
        [(pull.Term, pull.Allowance), ("container start and readiness (stated allowance)", ContainerStartAllowance)];

    /// <summary>For an image the guide takes from a public registry (<paramref name="image"/> names it).</summary>
    public static (string Term, TimeSpan Duration)[] PublicImageTerms(string image) =>
        Terms(new ImagePull($"image pull of {image} (stated allowance, a node's first pull)", PublicImagePullAllowance));
}
