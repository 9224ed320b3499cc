using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Evidence;

namespace KedaGuidance.Harness.Operations;

/// <summary>
/// Performs operations and awaits expectations against a target through the handlers the target's fixtures
/// registered. Records every call with its timing and outcome, and attaches the evidence an expectation's handler
/// gathered; a failure is recorded, then rethrown.
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
            recorder.Record(ExecutorEntries.For(operation, start, EntryOutcome.Done) with { Detail = (result as IDescribedResult)?.Describe() });
            return result;
        }
        catch (Exception e)
        {
            recorder.Record(ExecutorEntries.For(operation, start, EntryOutcomes.Of(e)) with { Detail = e.Message });
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
            recorder.Record(ExecutorEntries.For(expectation, start, EntryOutcomes.Of(e)) with { Detail = e.Message });
            throw;
        }

        foreach (var attachment in result.Attachments)
            recorder.Attach(attachment.Name, attachment.Value);
        recorder.Record(ExecutorEntries.For(expectation, start, result.Met ? EntryOutcome.Met : EntryOutcome.NotMet) with { Detail = result.Observed });
        if (!result.Met)
            throw new ExpectationFailedException(expectation, result);
        return result;
    }

    /// <summary>
    /// Runs one operation of a fixture that is still starting, with that fixture's own handler (the session registers
    /// a fixture's handlers only once it has started), recorded like every other operation. For the checks a fixture
    /// makes before anything is created: who the run acts as, CoreDNS told about LocalStack.
    /// </summary>
    public static Task<TResult> RunWithAsync<TResult>(RunRecorder recorder, IOperationHandler handler, Operation<TResult> operation,
        CancellationToken cancellationToken)
    {
        var registry = new HandlerRegistry();
        registry.Add([handler], []);
        return new LiveExecutor(recorder, registry).RunAsync(operation, cancellationToken);
    }
}
