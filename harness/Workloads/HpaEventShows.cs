using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Workloads;

/// <summary>
/// An event of the HPA (kubectl describe hpa … Events) has reason <see cref="Reason"/> and a message holding every
/// one of <see cref="MessageParts"/>, e.g. SuccessfulRescale, "external metric s0-prometheus(", "above target".
/// </summary>
public sealed record HpaEventShows(string Namespace, string Hpa, string Reason, IReadOnlyList<string> MessageParts) : Expectation
{
    public override string Kind => "kubernetes.hpa-event";
    public override string Summary => $"HPA {Namespace}/{Hpa} has a {Reason} event whose message holds {string.Join(" … ", MessageParts.Select(p => $"\"{p}\""))}";

    public bool Matches(string? reason, string? message) =>
        reason == Reason && message is not null && MessageParts.All(p => message.Contains(p, StringComparison.Ordinal));
}
