using System.Diagnostics;

namespace KedaGuidance.Harness.Tests;

/// <summary>
/// Writes a stand-in executable (a POSIX shell script in place of kind, helm, the aws CLI) so that running it right
/// away cannot fail with "Text file busy". Writing the file from this process and then running it races with the
/// tests running in parallel: a child another test forks between our open and close inherits the write handle until it
/// execs, and Linux refuses to run a file open for writing anywhere (ETXTBSY, which Process.Start reports as a
/// Win32Exception and the CLIs report as "not found"). So this process writes only a plain text copy, and a
/// separate <c>cp</c> writes the executable: the only write handle of the executable lives in that cp process and is
/// closed when it exits, before the script is run.
/// </summary>
internal static class StandInExecutable
{
    /// <summary>Writes <paramref name="script"/> to <paramref name="path"/> (mode 0700); returns the path.</summary>
    public static string Write(string path, string script)
    {
        if (OperatingSystem.IsWindows())
            throw new PlatformNotSupportedException("stand-in executables are POSIX shell scripts; skip the test on Windows before writing one");
        var text = path + ".txt";
        File.WriteAllText(text, script.Replace("\r", "", StringComparison.Ordinal));
        using var copy = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", "cp \"$1\" \"$2\" && chmod 700 \"$2\"", "sh", text, path])
        {
            RedirectStandardError = true,
        })!;
        var error = copy.StandardError.ReadToEnd();
        copy.WaitForExit();
        if (copy.ExitCode != 0)
            throw new IOException($"could not write the stand-in {path}: {error.Trim()}");
        File.Delete(text);
        return path;
    }
}
