using KedaGuidance.Harness.Configuration;

namespace KedaGuidance.Harness.Evidence;

/// <summary>
/// One evidence folder per run, owned for the run's whole life: a lock file held open with FileShare.None (an
/// advisory flock on Linux and macOS, a share lock on Windows; the operating system releases it when the process
/// dies), taken only on a folder that is empty. A folder another run is using, or that holds files of an earlier run,
/// is never written into: when KEDAGUIDE_EVIDENCE named it, the run is refused (a script reading that folder must not
/// get another run's files); for the default folder the next free sibling (<c>&lt;run id&gt;-2</c>, …) is taken, so the
/// folder a run prints is always its own. Checked before the guide is fetched.
/// </summary>
public sealed class EvidenceFolderClaim : IDisposable
{
    public const string LockFileName = ".kedaguidance-run.lock";
    private const int MaxSiblings = 100;

    private readonly FileStream _lock;
    private readonly bool _created;

    private EvidenceFolderClaim(string folder, FileStream lockFile, bool created)
    {
        Folder = folder;
        _lock = lockFile;
        _created = created;
    }

    /// <summary>The folder this run owns.</summary>
    public string Folder { get; }

    /// <summary>Claims <paramref name="folder"/> (or, unless <paramref name="chosen"/>, a free sibling); throws <see cref="SettingsException"/> naming KEDAGUIDE_EVIDENCE.</summary>
    public static EvidenceFolderClaim Claim(string folder, string runId, bool chosen)
    {
        for (var attempt = 1; attempt <= MaxSiblings; attempt++)
        {
            var candidate = attempt == 1 ? folder : $"{folder}-{attempt}";
            var (claim, taken) = TryClaim(candidate, runId);
            if (claim is not null)
                return claim;
            if (chosen)
                throw Problem($"{SettingNames.Evidence}='{folder}' {taken} Delete it or name another folder; a run never writes into another run's evidence.");
        }
        throw Problem($"{SettingNames.Evidence}: {folder} and its siblings {folder}-2 … -{MaxSiblings} are all taken by other runs; clean TestResults/evidence or set {SettingNames.Evidence}.");
    }

    private static (EvidenceFolderClaim? Claim, string? Taken) TryClaim(string folder, string runId)
    {
        if (File.Exists(folder))
            throw Problem($"{SettingNames.Evidence}='{folder}' is a file, not a folder. Name a folder the suite may create and write.");
        var created = !Directory.Exists(folder);
        FileStream lockFile;
        try
        {
            Directory.CreateDirectory(folder);
            lockFile = new FileStream(Path.Combine(folder, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (Directory.Exists(folder) && File.Exists(Path.Combine(folder, LockFileName)) && e is not PathTooLongException)
        {
            return (null, "is being written by another run that is still going (its lock is held).");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Problem($"{SettingNames.Evidence}='{folder}' cannot be created or written ({e.Message}). Name a folder the suite may create and write.");
        }

        var others = Directory.EnumerateFileSystemEntries(folder).Where(e => Path.GetFileName(e) != LockFileName).Take(3).ToList();
        if (others.Count > 0)
        {
            lockFile.Dispose();
            return (null, $"already holds files of another run ({string.Join(", ", others.Select(Path.GetFileName))}{(others.Count == 3 ? ", …" : "")}).");
        }
        using (var writer = new StreamWriter(lockFile, leaveOpen: true))
            writer.Write($"run {runId}, process {Environment.ProcessId}, since {DateTimeOffset.UtcNow:O}\n");
        return (new EvidenceFolderClaim(folder, lockFile, created), null);
    }

    private static SettingsException Problem(string message) => new([message]);

    /// <summary>Releases the folder: the lock file goes; a folder this claim created and nothing was written to goes too.</summary>
    public void Dispose()
    {
        _lock.Dispose();
        try
        {
            File.Delete(Path.Combine(Folder, LockFileName));
            if (_created && !Directory.EnumerateFileSystemEntries(Folder).Any())
                Directory.Delete(Folder);
        }
        catch (IOException)
        {
            // Another run may have taken it the instant it was released; the lock file is then theirs.
        }
    }
}
