using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Evidence;

namespace KedaGuidance.Harness.Operations;

/// <summary>
/// Performs nothing. Records each operation with its exact content and each expectation with its derived budget,
/// in order, and returns each operation's declared planned result. This is how CI runs every cluster scenario.
/// </summary>
public sealed class PlanExecutor(RunRecorder recorder) : IExecutor
{
    public ExecutionMode Mode => ExecutionMode.Plan;

    public Task<TResult> RunAsync<TResult>(Operation<TResult> operation, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var planned = operation.Planned();
        recorder.Record(ExecutorEntries.For(operation, recorder.Now, EntryOutcome.Planned) with { Detail = (planned as IDescribedResult)?.Describe() });
        return Task.FromResult(planned);
    }

    public Task<ExpectationResult> ExpectAsync(Expectation expectation, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (expectation.Budget.Limit <= TimeSpan.Zero || expectation.Budget.Limit == Timeout.InfiniteTimeSpan)
            throw new InvalidOperationException($"Expectation '{expectation.Summary}' has no finite positive budget ({expectation.Budget}).");
        var result = ExpectationResult.PlannedOnly(expectation);
        recorder.Record(ExecutorEntries.For(expectation, recorder.Now, EntryOutcome.Planned) with { Detail = result.Observed });
        return Task.FromResult(result);
    }
}
