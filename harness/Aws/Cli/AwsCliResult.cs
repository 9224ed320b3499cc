using System.Text.Json;
using System.Text.RegularExpressions;

namespace KedaGuidance.Harness.Aws.Cli;

/// <summary>What an aws CLI call printed and how it exited.</summary>
public sealed partial record AwsCliResult(int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>The service's error code from the CLI's "An error occurred (NoSuchEntity) when calling …" line; null when there is none.</summary>
    public string? ErrorCode => ErrorLine().Match(StandardError) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>The JSON the CLI printed (--output json); an empty document for calls that print nothing (delete-*, attach-*).</summary>
    public JsonElement Json()
    {
        if (string.IsNullOrWhiteSpace(StandardOutput))
            return default;
        try
        {
            using var document = JsonDocument.Parse(StandardOutput);
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new AwsCliException($"the aws CLI printed something that is not JSON ({e.Message}): {Shorten(StandardOutput)}", this);
        }
    }

    internal static string Shorten(string text) => text.Length <= 400 ? text.Trim() : text[..400].Trim() + " …";

    [GeneratedRegex(@"An error occurred \(([A-Za-z0-9.]+)\)")]
    private static partial Regex ErrorLine();
}

/// <summary>An aws CLI call failed. The message has the command (no credentials: they are not in it) and the CLI's error.</summary>
public sealed class AwsCliException(string message, AwsCliResult? result = null, Exception? inner = null) : Exception(message, inner)
{
    public AwsCliResult? Result { get; } = result;
    public string? ErrorCode => Result?.ErrorCode;
}

/// <summary>The aws CLI is not installed or not on PATH.</summary>
public sealed class AwsCliNotFoundException(string executable, Exception? inner = null)
    : Exception($"aws CLI not found on PATH (looked for '{executable}'): install awscli (pip install awscli, or Debian's awscli package) or AWS CLI v2, " +
                "and make sure 'aws --version' works in the shell that runs the tests. The suite drives IAM, CloudFormation and ECR " +
                "through the aws CLI because the AWS SDK packages for them are not available to it.", inner);
