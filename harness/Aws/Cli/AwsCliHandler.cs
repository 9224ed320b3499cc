using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Aws.Cli;

/// <summary>Performs every <see cref="IAwsCliOperation"/> with one runner.</summary>
public sealed class AwsCliHandler(AwsCliRunner runner) : IOperationHandler
{
    public bool Handles(Operation operation) => operation is IAwsCliOperation;

    public async Task<object?> ExecuteAsync(Operation operation, CancellationToken cancellationToken)
    {
        var cli = (IAwsCliOperation)operation;
        return cli.Interpret(await runner.RunAsync(cli.Arguments, cancellationToken));
    }
}
