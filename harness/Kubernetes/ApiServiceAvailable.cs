using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>An APIService has the condition Available=True.</summary>
public sealed record ApiServiceAvailable(string Name) : Expectation
{
    public override string Kind => "kubernetes.apiservice-available";

    public override string Summary => $"APIService {Name} is Available";
}
