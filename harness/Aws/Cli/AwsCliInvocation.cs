namespace KedaGuidance.Harness.Aws.Cli;

/// <summary>One aws CLI call: its arguments (safe to show) and the environment of the child process (never shown).</summary>
public sealed record AwsCliInvocation(IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string?> Environment)
{
    /// <summary>Only the arguments: credentials and the endpoint live in the environment and never appear here.</summary>
    public override string ToString() => AwsCliCommand.Display(Arguments);
}
