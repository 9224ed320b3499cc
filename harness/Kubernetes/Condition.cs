using KedaGuidance.Harness.Waits;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>A status condition as an observation: met when it is True; its message (why not) shown when there is one.</summary>
internal static class Condition
{
    public static Observation Observe(string type, string? status, string? message) =>
        new(status == "True", $"{type}={status ?? "absent"}{(message is { Length: > 0 } ? $" ({message})" : "")}");
}
