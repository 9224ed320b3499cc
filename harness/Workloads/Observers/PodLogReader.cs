using System.Text;
using k8s;

namespace KedaGuidance.Harness.Workloads.Observers;

/// <summary>
/// The suite's one reader of pod logs: the pods a label selects in a namespace (as <c>kubectl logs -l</c>), each pod's
/// current log, optionally only its last lines. The operator-log expectation, the timeline's expected log lines and
/// the failure diagnostics all read through it.
/// </summary>
public sealed class PodLogReader(IKubernetes client)
{
    public async Task<IReadOnlyList<PodLog>> ReadAsync(string @namespace, string labelSelector, int? tailLines, CancellationToken cancellationToken)
    {
        var pods = await client.CoreV1.ListNamespacedPodAsync(@namespace, labelSelector: labelSelector, cancellationToken: cancellationToken);
        var logs = new List<PodLog>();
        foreach (var pod in pods.Items ?? [])
        {
            await using var stream = await client.CoreV1.ReadNamespacedPodLogAsync(pod.Metadata.Name, @namespace, tailLines: tailLines,
                cancellationToken: cancellationToken);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var lines = new List<string>();
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
                lines.Add(line);
            logs.Add(new PodLog(pod.Metadata.Name, lines));
        }
        return logs;
    }

    /// <summary>Every line of every selected pod, pod after pod.</summary>
    public async Task<IReadOnlyList<string>> ReadLinesAsync(string @namespace, string labelSelector, int? tailLines, CancellationToken cancellationToken) =>
        [.. (await ReadAsync(@namespace, labelSelector, tailLines, cancellationToken)).SelectMany(l => l.Lines)];
}
