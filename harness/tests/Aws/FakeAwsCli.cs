using KedaGuidance.Harness.Aws.Cli;

namespace KedaGuidance.Harness.Tests.Aws;

/// <summary>Stand-ins for the aws CLI: a POSIX shell script in a temp folder, and a way to interpret canned output.</summary>
internal static class FakeAwsCli
{
    /// <summary>Writes an executable 'aws' script with <paramref name="body"/>; skips the test on Windows.</summary>
    public static string Script(string body)
    {
        if (OperatingSystem.IsWindows())
            Assert.Skip("uses a POSIX shell script as a stand-in for the aws CLI");
        var script = Path.Combine(Directory.CreateTempSubdirectory("kg-cli-").FullName, "aws");
        File.WriteAllText(script, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return script;
    }

    /// <summary>What an operation makes of a CLI call that exited with <paramref name="exit"/> and printed this.</summary>
    public static object? Interpret(IAwsCliOperation operation, int exit, string stdout, string stderr = "") =>
        operation.Interpret(new AwsCliResult(exit, stdout, stderr));
}
