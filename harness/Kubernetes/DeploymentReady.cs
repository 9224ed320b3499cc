using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>
/// A Deployment has exactly <see cref="Replicas"/> ready replicas and has rolled out: status.observedGeneration has
/// caught up with metadata.generation, and readyReplicas, updatedReplicas and replicas all equal the target (KEDA's
/// e2e helper compares readyReplicas alone, and takes a failed read for 0; this does neither).
/// </summary>
public sealed record DeploymentReady(string Namespace, string Name, int Replicas) : Expectation
{
    public override string Kind => "kubernetes.deployment-ready";

    public override string Summary => $"Deployment {Namespace}/{Name} has {Replicas} ready replica(s)";
}
