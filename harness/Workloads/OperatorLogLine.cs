namespace KedaGuidance.Harness.Workloads;

/// <summary>
/// A line the guide expects in the KEDA operator's log (pods labelled app=keda-operator in <see cref="KedaNamespace"/>,
/// as <c>kubectl -n keda logs -l app=keda-operator</c>): it holds <see cref="Message"/> for the ScaledObject
/// <see cref="ScaledObject"/> in <see cref="Namespace"/>, and, when <see cref="AlsoContains"/> is set, that text too
/// (e.g. "Original Replicas Count": 0). Awaited on its own (<see cref="OperatorLogShows"/>) and marked on the timeline.
/// </summary>
public sealed record OperatorLogLine(string KedaNamespace, string Namespace, string ScaledObject, string Message, string? AlsoContains = null)
{
    public const string PodLabel = "app=keda-operator";

    /// <summary>Where the line is read, for the evidence.</summary>
    public string Source => $"keda-operator log ({PodLabel} in {KedaNamespace})";

    /// <summary>The line in words, for the evidence.</summary>
    public string Describe() => $"\"{Message}\" for {Namespace}/{ScaledObject}{(AlsoContains is null ? "" : $" with {AlsoContains}")}";

    /// <summary>Does one log line match? The scaledobject name and namespace keys are the ones KEDA's scaleexecutor logs.</summary>
    public bool Matches(string line) =>
        line.Contains(Message, StringComparison.Ordinal)
        && line.Contains($"\"scaledobject.Name\": \"{ScaledObject}\"", StringComparison.Ordinal)
        && line.Contains($"\"scaledObject.Namespace\": \"{Namespace}\"", StringComparison.Ordinal)
        && (AlsoContains is null || line.Contains(AlsoContains, StringComparison.Ordinal));
}
