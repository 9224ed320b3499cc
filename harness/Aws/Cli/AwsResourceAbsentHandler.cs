using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Waits;

namespace KedaGuidance.Harness.Aws.Cli;

/// <summary>Polls the existence check of <see cref="AwsResourceAbsent"/> until it answers false.</summary>
public sealed class AwsResourceAbsentHandler(AwsCliRunner runner, TimeSpan interval) : ExpectationHandler<AwsResourceAbsent>
{
    protected override Task<ExpectationResult> AwaitAsync(AwsResourceAbsent expectation, CancellationToken cancellationToken)
    {
        IAwsCliOperation exists = expectation.Exists;
        return new Polling(interval).UntilAsync(async ct =>
            (bool)exists.Interpret(await runner.RunAsync(exists.Arguments, ct))!
                ? new Observation(false, "still exists")
                : new Observation(true, "gone (not found)"), expectation.Budget, cancellationToken);
    }
}
