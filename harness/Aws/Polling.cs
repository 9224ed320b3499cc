using System.Diagnostics;
using KedaGuidance.Harness.Operations;
using Polly;
using Polly.Retry;

namespace KedaGuidance.Harness.Aws;

/// <summary>
/// Polls an observation with Polly at a fixed interval until it is met or the budget is spent. An observation that
/// throws is an error (the run cannot tell), not a "not yet".
/// </summary>
public static class Polling
{
    public static async Task<ExpectationResult> UntilAsync(TimeSpan budget, TimeSpan interval,
        Func<CancellationToken, Task<(bool Met, string Observed)>> observe, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var attempts = interval > TimeSpan.Zero ? (int)Math.Ceiling(budget / interval) : 0;
        var pipeline = new ResiliencePipelineBuilder<(bool Met, string Observed)>()
            .AddRetry(new RetryStrategyOptions<(bool Met, string Observed)>
            {
                MaxRetryAttempts = Math.Max(1, attempts),
                Delay = interval,
                BackoffType = DelayBackoffType.Constant,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is null && !args.Outcome.Result.Met && stopwatch.Elapsed + interval <= budget),
            })
            .Build();
        var (met, observed) = await pipeline.ExecuteAsync(async ct => await observe(ct), cancellationToken);
        return new ExpectationResult(met, observed, stopwatch.Elapsed);
    }
}
