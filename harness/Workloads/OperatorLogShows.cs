using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Workloads;

/// <summary>The KEDA operator's log has the <see cref="OperatorLogLine"/> these values describe.</summary>
public sealed record OperatorLogShows(string KedaNamespace, string Namespace, string ScaledObject, string Message, string? AlsoContains = null) : Expectation
{
    public OperatorLogLine Line => new(KedaNamespace, Namespace, ScaledObject, Message, AlsoContains);

    public override string Kind => "keda.operator-log";
    public override string Summary => $"the {Line.Source} shows {Line.Describe()}";
}
