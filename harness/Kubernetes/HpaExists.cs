using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>A HorizontalPodAutoscaler exists (KEDA creates keda-hpa-&lt;scaledobject&gt;).</summary>
public sealed record HpaExists(string Namespace, string Name) : Expectation
{
    public override string Kind => "kubernetes.hpa-exists";

    public override string Summary => $"HPA {Namespace}/{Name} exists";
}
