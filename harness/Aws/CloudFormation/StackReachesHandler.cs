using KedaGuidance.Harness.Waits;
using KedaGuidance.Harness.Aws.Cli;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Aws.CloudFormation;

/// <summary>Polls describe-stacks for <see cref="StackReaches"/>.</summary>
public sealed class StackReachesHandler(AwsCliRunner runner, TimeSpan interval) : ExpectationHandler<StackReaches>
{
    protected override Task<ExpectationResult> AwaitAsync(StackReaches expectation, CancellationToken cancellationToken)
    {
        var describe = new DescribeStack(expectation.StackName);
        return new Polling(interval).UntilAsync(async ct =>
        {
            var state = (StackState)((IAwsCliOperation)describe).Interpret(await runner.RunAsync(describe.Arguments, ct))!;
            var status = state.Exists ? state.Status : "DOES_NOT_EXIST";
            var met = status == expectation.Status;
            var final = !met && IsTerminal(status);
            return new Observation(met, final ? $"{status} (terminal: it will not reach {expectation.Status})" : status, final);
        }, expectation.Budget, cancellationToken);
    }

    /// <summary>Statuses CloudFormation leaves a stack in without further change.</summary>
    public static bool IsTerminal(string status) => !status.EndsWith("_IN_PROGRESS", StringComparison.Ordinal);
}
