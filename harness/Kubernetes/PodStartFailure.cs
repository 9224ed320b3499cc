using k8s.Models;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>
/// A pod whose container cannot start, read from its container statuses (init containers included): the kubelet's
/// waiting reasons that mean waiting longer will not help — the image cannot be pulled (<c>ErrImagePull</c>,
/// <c>ImagePullBackOff</c>, <c>InvalidImageName</c>, <c>ErrImageNeverPull</c> for an image that is neither present
/// nor allowed to be pulled), the container keeps crashing (<c>CrashLoopBackOff</c>, with its last exit), or its
/// configuration names something missing (<c>CreateContainerConfigError</c>: a Secret or ConfigMap key). A wait that
/// sees one fails at once with the pod, the image and the reason, instead of at the end of its budget.
/// Pending for lack of room (Unschedulable) is not one of them: it clears when other pods go.
/// </summary>
public sealed record PodStartFailure(string Pod, string Container, string Image, string Reason, string? Message)
{
    public static readonly IReadOnlySet<string> FatalReasons = new HashSet<string>(StringComparer.Ordinal)
    {
        "ErrImagePull", "ImagePullBackOff", "InvalidImageName", "ErrImageNeverPull", "CrashLoopBackOff", "CreateContainerConfigError",
    };

    /// <summary>The first container of the pod that cannot start; null when none is stuck for good.</summary>
    public static PodStartFailure? Of(V1Pod pod)
    {
        if (pod.Metadata?.DeletionTimestamp is not null)
            return null;
        var statuses = (pod.Status?.InitContainerStatuses ?? []).Concat(pod.Status?.ContainerStatuses ?? []);
        foreach (var status in statuses)
        {
            if (status.State?.Waiting is not { Reason: { } reason } waiting || !FatalReasons.Contains(reason))
                continue;
            var message = waiting.Message;
            if (reason == "CrashLoopBackOff" && status.LastState?.Terminated is { } last)
                message = $"restarted {status.RestartCount} time(s); last exit code {last.ExitCode}{(last.Reason is { Length: > 0 } r ? $" ({r})" : "")}" +
                          (last.Message is { Length: > 0 } m ? $": {m}" : "") + (message is { Length: > 0 } ? $"; {message}" : "");
            return new PodStartFailure(pod.Metadata?.Name ?? "?", status.Name, status.Image ?? ImageOf(pod, status.Name), reason, message);
        }
        return null;
    }

    /// <summary>The first failure among the pods, or null.</summary>
    public static PodStartFailure? Among(IEnumerable<V1Pod> pods) => pods.Select(Of).FirstOrDefault(f => f is not null);

    public override string ToString() =>
        $"pod {Pod}, container {Container}, image {Image}: {Reason}{(Message is { Length: > 0 } ? $" ({Message})" : "")} — it will not start by waiting longer";

    private static string ImageOf(V1Pod pod, string container) =>
        (pod.Spec?.InitContainers ?? []).Concat(pod.Spec?.Containers ?? []).FirstOrDefault(c => c.Name == container)?.Image ?? "?";
}
