using System.ComponentModel;

namespace KedaGuidance.Harness.Operations;

/// <summary>
/// Why an external tool (helm, kind, the aws CLI, eksctl) did not start. .NET's process start throws a
/// <see cref="Win32Exception"/> for every failure of the underlying exec, so "not on PATH" is only true when the
/// error is ENOENT; a file that exists but cannot be run (EACCES: not executable; ETXTBSY: still open for writing;
/// ENOEXEC: not a program) is a different fix, and saying "install it" would send the user the wrong way.
/// </summary>
public static class ToolStartFailure
{
    /// <summary>ENOENT on Linux and macOS (errno 2), ERROR_FILE_NOT_FOUND on Windows (2).</summary>
    private const int NotFound = 2;

    /// <summary>True when the executable does not exist (on PATH or at the given path).</summary>
    public static bool IsNotFound(Win32Exception e) => e.NativeErrorCode == NotFound;

    /// <summary>The message for a tool that exists but could not be started, with the system's reason.</summary>
    public static string CouldNotStart(string tool, string executable, Win32Exception e) =>
        $"{tool} could not be started ('{executable}': {e.Message}, error {e.NativeErrorCode}): the file was found but the system refused to run it; " +
        "check that it is an executable for this machine and that its permissions allow running it.";
}
