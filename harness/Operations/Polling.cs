using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace KedaGuidance.Harness.Operations;

/// <summary>
/// Polls a probe with Polly at a fixed interval until it reports done or the <see cref="WaitBudget"/> runs out.
/// The interval comes from what is being watched (a scrape interval, a polling interval), never a guess.
/// </summary>
public static class Polling
{
    /// <summary>True when <paramref name="probe"/> returned true within the budget; false when the budget ran out.</summary>
    public static async Task<bool> UntilAsync(Func<CancellationToken, ValueTask<bool>> probe, TimeSpan interval,
        WaitBudget budget, CancellationToken cancellationToken)
    {
        var pipeline = new ResiliencePipelineBuilder<bool>()
            .AddTimeout(new TimeoutStrategyOptions { Timeout = budget.Limit })
            .AddRetry(new RetryStrategyOptions<bool>
            {
                ShouldHandle = new PredicateBuilder<bool>().HandleResult(done => !done),
                BackoffType = DelayBackoffType.Constant,
                Delay = interval,
                MaxRetryAttempts = int.MaxValue,
                UseJitter = false,
            })
            .Build();
        try
        {
            return await pipeline.ExecuteAsync(probe, cancellationToken);
        }
        catch (TimeoutRejectedException)
        {
            return false;
        }
    }
}
