namespace KedaGuidance.Harness.Kubernetes;

/// <summary>The history of one watch: observations judged, read failures, re-lists and resumes.</summary>
public sealed class WatchRecord
{
    public DeploymentSnapshot? Last { get; private set; }
    public int Observations { get; private set; }
    public int ReadFailures { get; private set; }
    public string? LastFailure { get; private set; }

    /// <summary>True when the most recent attempt to read succeeded (the watch is connected and current).</summary>
    public bool Current { get; private set; }

    public int Relists { get; set; }
    public int Resumes { get; set; }

    internal Verdict Observe(DeploymentSnapshot snapshot, Func<DeploymentSnapshot, Verdict> judge)
    {
        Last = snapshot;
        Observations++;
        Current = true;
        return judge(snapshot);
    }

    internal void ReadFailed(string message)
    {
        ReadFailures++;
        LastFailure = message;
        Current = false;
    }

    public string Describe()
    {
        var seen = Last is null ? "nothing observed (no read succeeded)" : Last.ToString();
        var trouble = new List<string>();
        if (ReadFailures > 0) trouble.Add($"{ReadFailures} failed read(s), last: {LastFailure}");
        if (Relists > 0) trouble.Add($"{Relists} re-list(s) after 410 Expired");
        if (Resumes > 0) trouble.Add($"{Resumes} resume(s) after the server closed the watch");
        return trouble.Count == 0 ? seen : $"{seen} ({string.Join("; ", trouble)})";
    }
}
