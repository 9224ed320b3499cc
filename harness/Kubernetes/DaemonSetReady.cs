using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>
/// A DaemonSet runs a ready pod on every node it is scheduled to: status.observedGeneration has caught up, and
/// numberReady and updatedNumberScheduled equal desiredNumberScheduled, which is at least 1.
/// </summary>
public sealed record DaemonSetReady(string Namespace, string Name) : Expectation
{
    public override string Kind => "kubernetes.daemonset-ready";

    public override string Summary => $"DaemonSet {Namespace}/{Name} has a ready pod on every node it is scheduled to";
}
