using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Evidence;

namespace KedaGuidance.Harness.Operations;

/// <summary>
/// Performs operations and awaits expectations against a target through the handlers the target's fixtures
/// registered. Records every call with its timing and outcome; a failure is recorded, then rethrown.
/// </summary>
public sealed class LiveExecutor(RunRecorder recorder, HandlerRegistry handlers) : IExecutor
{
    public ExecutionMode Mode => ExecutionMode.Live;

    public async Task<TResult> RunAsync<TResult>(Operation<TResult> operation, CancellationToken cancellationToken)
    {
        var handler = handlers.For(operation)
            ?? throw new NotSupportedException(
                $"No handler for '{operation.Kind}' ({operation.Summary}) on this target. The target's fixture must register one; this is a suite defect, not a guide defect.");
        var start = recorder.Now;
        try
        {
            var result = (TResult)(await handler.ExecuteAsync(operation, cancellationToken))!;
            recorder.Add("operation", operation.Kind, operation.Summary, operation.Content, null, start, "done",
                (result as IDescribedResult)?.Describe());
            return result;
        }
        catch (Exception e)
        {
            recorder.Add("operation", operation.Kind, operation.Summary, operation.Content, null, start,
                e is OperationCanceledException ? "cancelled" : "failed", e.Message);
            throw;
        }
    }

    public async Task<ExpectationResult> ExpectAsync(Expectation expectation, CancellationToken cancellationToken)
    {
        var handler = handlers.For(expectation)
            ?? throw new NotSupportedException(
                $"No handler for expectation '{expectation.Kind}' ({expectation.Summary}) on this target. This is a suite defect.");
        var start = recorder.Now;
        ExpectationResult result;
        try
        {
            result = await handler.AwaitAsync(expectation, cancellationToken);
        }
        catch (Exception e)
        {
            recorder.Add("expectation", expectation.Kind, expectation.Summary, null, expectation.Budget.ToString(), start,
                e is OperationCanceledException ? "cancelled" : "failed", e.Message);
            throw;
        }

        recorder.Add("expectation", expectation.Kind, expectation.Summary, null, expectation.Budget.ToString(), start,
            result.Met ? "met" : "not met", result.Observed);
        if (!result.Met)
            throw new ExpectationFailedException(expectation, result);
        return result;
    }
}
