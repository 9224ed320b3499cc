namespace KedaGuidance.Harness.Aws.Cli;

/// <summary>An aws CLI call failed. The message has the command (no credentials: they are not in it) and the CLI's error.</summary>
public sealed class AwsCliException(string message, AwsCliResult? result = null, Exception? inner = null) : Exception(message, inner)
{
    public AwsCliResult? Result { get; } = result;
    public string? ErrorCode => Result?.ErrorCode;
}
