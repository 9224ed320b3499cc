using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>At least one pod labelled <c>app=<see cref="App"/></c> exists, and every such pod is Running and Ready.</summary>
public sealed record PodsReady(string Namespace, string App) : Expectation
{
    public override string Kind => "kubernetes.pods-ready";

    public override string Summary => $"pods app={App} in {Namespace} are Running and Ready";
}
