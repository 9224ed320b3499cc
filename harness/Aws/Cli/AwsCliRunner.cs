using System.ComponentModel;
using CliWrap;
using CliWrap.Buffered;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Aws.Cli;

/// <summary>
/// Runs the aws CLI through CliWrap for one connection. Why a CLI: AWSSDK.CloudFormation, AWSSDK.IdentityManagement
/// and AWSSDK.ECR are not served to the machines this suite is built on, and the guide itself drives these services
/// with the aws CLI. Credentials are resolved per call (so refreshing credentials stay fresh) and handed to the child
/// process's environment only.
/// </summary>
public sealed class AwsCliRunner(AwsConnection connection, string? executable = null)
{
    private Task? _endpointCheck;

    public async Task<AwsCliResult> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        // Located per call, not at construction: a run that only needs SQS must not fail for want of the CLI.
        var path = executable ?? Locate(Environment.GetEnvironmentVariable("PATH")) ?? throw new AwsCliNotFoundException("aws");
        if (connection.Endpoint is { } endpoint)
        {
            if (_endpointCheck is null || _endpointCheck.IsCanceled)
                _endpointCheck = CheckHonoursEndpointAsync(path, endpoint, cancellationToken);
            await _endpointCheck;
        }
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
        catch (Win32Exception e) when (!ToolStartFailure.IsNotFound(e))
        {
            throw new AwsCliException(ToolStartFailure.CouldNotStart("the aws CLI", path, e), null, e);
        }
        catch (Win32Exception e)
        {
            throw new AwsCliNotFoundException(path, e);
        }
    }

    /// <summary>
    /// Once per runner, before the first call against an emulator: the CLI must read AWS_ENDPOINT_URL, or its calls
    /// would go to real AWS. The outcome (also a failure) is kept for the runner's life.
    /// </summary>
    private static async Task CheckHonoursEndpointAsync(string path, Uri endpoint, CancellationToken cancellationToken)
    {
        BufferedCommandResult result;
        try
        {
            result = await CliWrap.Cli.Wrap(path).WithArguments(["--version"]).WithValidation(CommandResultValidation.None).ExecuteBufferedAsync(cancellationToken);
        }
        catch (Win32Exception e) when (!ToolStartFailure.IsNotFound(e))
        {
            throw new AwsCliException(ToolStartFailure.CouldNotStart("the aws CLI", path, e), null, e);
        }
        catch (Win32Exception e)
        {
            throw new AwsCliNotFoundException(path, e);
        }
        var version = AwsCliVersion.Parse(result.StandardOutput + " " + result.StandardError);
        if (version is null || !version.HonoursEndpointVariable)
            throw new AwsCliTooOldException(
                $"The aws CLI at {path} is {(version is null ? $"of an unknown version ('aws --version' printed: {(result.StandardOutput + result.StandardError).Trim()})" : $"version {version}")}: " +
                $"the suite points it at {endpoint} through AWS_ENDPOINT_URL, which the CLI reads from v{AwsCliVersion.MinimumV1} (v1) and v{AwsCliVersion.MinimumV2} (v2) on; " +
                "an older one would send the calls to real AWS with dummy keys. Upgrade it (pip install --upgrade awscli, or AWS CLI v2).");
    }

    /// <summary>The full path of 'aws' on a PATH value, or null.</summary>
    public static string? Locate(string? path, string name = "aws") =>
        (path ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
