using System.ComponentModel;
using CliWrap;
using CliWrap.Buffered;

namespace KedaGuidance.Harness.Aws.Cli;

/// <summary>
/// Runs the aws CLI through CliWrap for one connection. Why a CLI: AWSSDK.CloudFormation, AWSSDK.IdentityManagement
/// and AWSSDK.ECR are not served to the machines this suite is built on, and the guide itself drives these services
/// with the aws CLI. Credentials are resolved per call (so refreshing credentials stay fresh) and handed to the child
/// process's environment only.
/// </summary>
public sealed class AwsCliRunner(AwsConnection connection, string? executable = null)
{
    public async Task<AwsCliResult> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        // Located per call, not at construction: a run that only needs SQS must not fail for want of the CLI.
        var path = executable ?? Locate(Environment.GetEnvironmentVariable("PATH")) ?? throw new AwsCliNotFoundException("aws");
        var credentials = await connection.Credentials.GetCredentialsAsync();
        var invocation = AwsCliCommand.Build(arguments, connection, credentials);
        try
        {
            var result = await CliWrap.Cli.Wrap(path)
                .WithArguments(invocation.Arguments)
                .WithEnvironmentVariables(invocation.Environment)
                .WithValidation(CommandResultValidation.None)
                .ExecuteBufferedAsync(cancellationToken);
            return new AwsCliResult(result.ExitCode, result.StandardOutput, result.StandardError);
        }
        catch (Win32Exception e)
        {
            throw new AwsCliNotFoundException(path, e);
        }
    }

    /// <summary>The full path of 'aws' on a PATH value, or null.</summary>
    public static string? Locate(string? path, string name = "aws") =>
        (path ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
