using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Workloads;

/// <summary>A ScaledObject reports the condition Ready=True (KEDA validated its trigger and created its HPA).</summary>
public sealed record ScaledObjectReady(string Namespace, string Name) : Expectation
{
    public override string Kind => "keda.scaledobject-ready";
    public override string Summary => $"ScaledObject {Namespace}/{Name} reports Ready=True";
}
