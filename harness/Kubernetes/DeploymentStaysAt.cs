using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>A Deployment stays at exactly <see cref="Replicas"/> for all of <see cref="Duration"/>, observed continuously.</summary>
public sealed record DeploymentStaysAt(string Namespace, string Name, int Replicas, TimeSpan Duration) : Expectation
{
    public override string Kind => "kubernetes.deployment-stays-at";

    public override string Summary => $"Deployment {Namespace}/{Name} stays at {Replicas} replica(s) for {Duration.TotalSeconds:0.#} s";
}
