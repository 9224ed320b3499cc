using k8s.Models;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>What one successful read of a Deployment showed. <see cref="Exists"/> false: the server said 404 / deleted.</summary>
public sealed record DeploymentSnapshot(bool Exists, long Generation, long ObservedGeneration, int SpecReplicas,
    int StatusReplicas, int ReadyReplicas, int UpdatedReplicas)
{
    public static DeploymentSnapshot Absent { get; } = new(false, 0, 0, 0, 0, 0, 0);

    public static DeploymentSnapshot Of(V1Deployment? deployment) => deployment is null
        ? Absent
        : new DeploymentSnapshot(true,
            deployment.Metadata?.Generation ?? 0,
            deployment.Status?.ObservedGeneration ?? 0,
            deployment.Spec?.Replicas ?? 1, // the API server defaults spec.replicas to 1
            deployment.Status?.Replicas ?? 0,
            deployment.Status?.ReadyReplicas ?? 0,
            deployment.Status?.UpdatedReplicas ?? 0);

    /// <summary>Rolled out at exactly <paramref name="replicas"/>: generation observed; ready, updated and total replicas all at the target.</summary>
    public bool IsReadyAt(int replicas) =>
        Exists && ObservedGeneration >= Generation && ReadyReplicas == replicas && UpdatedReplicas == replicas && StatusReplicas == replicas;

    /// <summary>Scaled to exactly <paramref name="replicas"/>: desired and existing replicas both at the target.</summary>
    public bool IsAt(int replicas) => Exists && SpecReplicas == replicas && StatusReplicas == replicas;

    public override string ToString() => Exists
        ? $"spec.replicas {SpecReplicas}, replicas {StatusReplicas}, ready {ReadyReplicas}, updated {UpdatedReplicas}, generation {Generation}/observed {ObservedGeneration}"
        : "deployment not found";
}
