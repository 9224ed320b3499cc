namespace KedaGuidance.Harness.Operations;

/// <summary>
/// The one kind of scratch folder the suite uses: a folder of its own under the system's temp folder, outside the
/// evidence (rendered copies of the guide, values files, a cluster-admin kubeconfig and helm's home are input for
/// commands, not evidence), readable by this user only (created like <c>mkdtemp</c>: mode 0700 on Unix), unique even
/// when two runs share a run id, and removed by its owner when done. The run has one (<see cref="RunContext.Scratch"/>,
/// removed when the session ends); a part that must go earlier (a cluster connection's kubeconfig, at its dispose)
/// takes a <see cref="Child"/> of it; a short-lived check (the static documents, promtool) takes one of its own.
/// </summary>
public sealed class ScratchFolder : IDisposable
{
    /// <summary>Every scratch folder's name starts with this, so a leftover is recognisable in the temp folder.</summary>
    public const string Prefix = "kedaguidance-";

    private ScratchFolder(string path) => Path = path;

    public string Path { get; }

    /// <summary>A new private folder under the system's temp folder, named <c>kedaguidance-&lt;purpose&gt;-&lt;random&gt;</c>.</summary>
    public static ScratchFolder Create(string purpose) => new(Directory.CreateTempSubdirectory($"{Prefix}{purpose}-").FullName);

    /// <summary>A new private folder inside this one, owned by the caller (it may remove it before this one goes).</summary>
    public ScratchFolder Child(string purpose)
    {
        var path = System.IO.Path.Combine(Path, $"{purpose}-{Guid.NewGuid():N}"[..(purpose.Length + 9)]);
        if (OperatingSystem.IsWindows())
            Directory.CreateDirectory(path);
        else
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return new ScratchFolder(path);
    }

    /// <summary>A path inside the folder (not created: the writer creates what it writes).</summary>
    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Removes the folder; returns why it could not (null when it is gone), for the caller to say so.</summary>
    public string? Remove()
    {
        try
        {
            if (Directory.Exists(Path))
                Directory.Delete(Path, recursive: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file still open (a helm process cut off by cancellation) must not hide the run's result; the caller
            // reports it, and the temp folder is the OS's to clear.
            return e.Message;
        }
    }

    public void Dispose() => Remove();

    public override string ToString() => Path;
}
