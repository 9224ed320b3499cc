using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Waits;

namespace KedaGuidance.Harness.Operations;

/// <summary>
/// Decorates an executor so that no long wait leaves a CI log silent: each expectation whose budget is at least
/// <c>minimumBudget</c> (by default the reporter's 15 s tick) prints a <c>[wait]</c> line when it begins, one per tick
/// with the latest observation its handler reported (<see cref="WaitObservations"/>), and one when it ends with the
/// outcome. Handlers stay unaware of the output; operations pass through unchanged.
/// </summary>
public sealed class ProgressReportingExecutor(IExecutor inner, IWaitProgress progress, TimeSpan? minimumBudget = null) : IExecutor
{
    private readonly TimeSpan _minimumBudget = minimumBudget ?? (progress as WaitProgressReporter)?.Interval ?? TimeSpan.FromSeconds(15);

    public ExecutionMode Mode => inner.Mode;

    public Task<TResult> RunAsync<TResult>(Operation<TResult> operation, CancellationToken cancellationToken) =>
        inner.RunAsync(operation, cancellationToken);

    public async Task<ExpectationResult> ExpectAsync(Expectation expectation, CancellationToken cancellationToken)
    {
        if (expectation.Budget.Limit < _minimumBudget)
            return await inner.ExpectAsync(expectation, cancellationToken);

        using var scope = progress.Begin(expectation.Kind, expectation.Summary, expectation.Budget.Limit);
        using var reports = WaitObservations.Enter(scope);
        try
        {
            var result = await inner.ExpectAsync(expectation, cancellationToken);
            scope.Observe(result.Observed);
            scope.End("met");
            return result;
        }
        catch (ExpectationFailedException e)
        {
            scope.Observe(e.Result.Observed);
            scope.End("not met");
            throw;
        }
        catch (OperationCanceledException)
        {
            scope.End("cancelled");
            throw;
        }
        catch (Exception e)
        {
            scope.End($"failed ({e.GetType().Name})");
            throw;
        }
    }
}
