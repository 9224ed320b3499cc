using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>A CustomResourceDefinition has the condition Established=True.</summary>
public sealed record CrdEstablished(string Name) : Expectation
{
    public override string Kind => "kubernetes.crd-established";

    public override string Summary => $"CRD {Name} is Established";
}
