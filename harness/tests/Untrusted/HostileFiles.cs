using System.Diagnostics;

namespace KedaGuidance.Harness.Tests.Untrusted;

/// <summary>
/// Hostile guide content that cannot be committed as files (links to /proc/self/environ or /dev/zero, FIFOs, link
/// loops), made at run time in a temporary folder that goes with the test.
/// </summary>
internal sealed class HostileFiles : IDisposable
{
    public HostileFiles() => Root = Directory.CreateTempSubdirectory("kg-hostile-").FullName;

    public string Root { get; }

    /// <summary>A copy of every file under <paramref name="source"/> (a test guide), to lay hostile files over.</summary>
    public static HostileFiles CopyOf(string source)
    {
        var copy = new HostileFiles();
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
            copy.WriteBytes(Path.GetRelativePath(source, file).Replace('\\', '/'), File.ReadAllBytes(file));
        return copy;
    }

    public string Write(string relative, string text) => WriteBytes(relative, System.Text.Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Link(string relative, string target)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (File.Exists(path))
            File.Delete(path);
        File.CreateSymbolicLink(path, target);
    }

    /// <summary>A FIFO at <paramref name="relative"/> (mkfifo(1)); the test is skipped where there is none.</summary>
    public void Fifo(string relative)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            Assert.Skip("FIFOs are a Unix file type.");
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (File.Exists(path))
            File.Delete(path);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        mkfifo.ExitCode.Should().Be(0, "mkfifo must create the FIFO");
    }

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
