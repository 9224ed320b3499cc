namespace KedaGuidance.Harness.Aws.Cli;

/// <summary>An operation performed by one aws CLI call, whatever its result type; the handler needs only this.</summary>
public interface IAwsCliOperation
{
    IReadOnlyList<string> Arguments { get; }

    object? Interpret(AwsCliResult result);
}
