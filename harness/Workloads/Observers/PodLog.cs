namespace KedaGuidance.Harness.Workloads.Observers;

/// <summary>The current log of one pod (all its containers' output as the API returns it), line by line.</summary>
public sealed record PodLog(string Pod, IReadOnlyList<string> Lines);
