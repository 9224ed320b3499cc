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

/// <summary>A Deployment stays at exactly <see cref="Replicas"/> for all of <see cref="Duration"/>, observed continuously.</summary>
public sealed record DeploymentStaysAt(string Namespace, string Name, int Replicas, TimeSpan Duration) : Expectation
{
    public override string Kind => "kubernetes.deployment-stays-at";

    public override string Summary => $"Deployment {Namespace}/{Name} stays at {Replicas} replica(s) for {Duration.TotalSeconds:0.#} s";
}

/// <summary>At least one pod labelled <c>app=<see cref="App"/></c> exists, and every such pod is Running and Ready.</summary>
public sealed record PodsReady(string Namespace, string App) : Expectation
{
    public override string Kind => "kubernetes.pods-ready";

    public override string Summary => $"pods app={App} in {Namespace} are Running and Ready";
}

/// <summary>A CustomResourceDefinition has the condition Established=True.</summary>
public sealed record CrdEstablished(string Name) : Expectation
{
    public override string Kind => "kubernetes.crd-established";

    public override string Summary => $"CRD {Name} is Established";
}

/// <summary>An APIService has the condition Available=True.</summary>
public sealed record ApiServiceAvailable(string Name) : Expectation
{
    public override string Kind => "kubernetes.apiservice-available";

    public override string Summary => $"APIService {Name} is Available";
}

/// <summary>A HorizontalPodAutoscaler exists (KEDA creates keda-hpa-&lt;scaledobject&gt;).</summary>
public sealed record HpaExists(string Namespace, string Name) : Expectation
{
    public override string Kind => "kubernetes.hpa-exists";

    public override string Summary => $"HPA {Namespace}/{Name} exists";
}
