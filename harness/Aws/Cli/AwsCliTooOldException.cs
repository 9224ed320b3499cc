namespace KedaGuidance.Harness.Aws.Cli;

/// <summary>The aws CLI is too old to be pointed at an emulator; the message names its version, the minimum and how to upgrade.</summary>
public sealed class AwsCliTooOldException(string message) : Exception(message);
