using KedaGuidance.Harness.Aws.Cli;

namespace KedaGuidance.Harness.Tests.Aws;

/// <summary>Stand-ins for the aws CLI: a POSIX shell script in a temp folder, and a way to interpret canned output.</summary>
internal static class FakeAwsCli
{
    /// <summary>
    /// Writes an executable 'aws' script with <paramref name="body"/>; skips the test on Windows. <c>aws --version</c>
    /// answers <paramref name="version"/> (the runner asks once before pointing the CLI at an emulator) and is not
    /// passed to the body.
    /// </summary>
    public static string Script(string body, string version = "aws-cli/2.15.30 Python/3.11.8 Linux/6.1 exe/x86_64")
    {
        if (OperatingSystem.IsWindows())
            Assert.Skip("uses a POSIX shell script as a stand-in for the aws CLI");
        var script = Path.Combine(Directory.CreateTempSubdirectory("kg-cli-").FullName, "aws");
        return StandInExecutable.Write(script, $"#!/bin/sh\nif [ \"$1\" = --version ]; then echo '{version}'; exit 0; fi\n" + body + "\n");
    }

    /// <summary>What an operation makes of a CLI call that exited with <paramref name="exit"/> and printed this.</summary>
    public static object? Interpret(IAwsCliOperation operation, int exit, string stdout, string stderr = "") =>
        operation.Interpret(new AwsCliResult(exit, stdout, stderr));
}
