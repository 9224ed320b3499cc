using System.Diagnostics;
using KedaGuidance.Harness.Operations;
using Polly;
using Polly.Retry;

namespace KedaGuidance.Harness.Aws;

/// <summary>One reading of a polled observation; <see cref="Final"/> ends the wait early (a state that will never change).</summary>
public sealed record Observation(bool Met, string Observed, bool Final = false);

/// <summary>
/// Polls an observation with Polly at a fixed interval until it is met or the budget is spent. An observation that
/// throws is an error (the run cannot tell), not a "not yet".
/// </summary>
public static class Polling
{
    public static async Task<ExpectationResult> UntilAsync(TimeSpan budget, TimeSpan interval,
        Func<CancellationToken, Task<Observation>> observe, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var attempts = interval > TimeSpan.Zero ? (int)Math.Ceiling(budget / interval) : 0;
        var pipeline = new ResiliencePipelineBuilder<Observation>()
            .AddRetry(new RetryStrategyOptions<Observation>
            {
                MaxRetryAttempts = Math.Max(1, attempts),
                Delay = interval,
                BackoffType = DelayBackoffType.Constant,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is null && args.Outcome.Result is { Met: false, Final: false } && stopwatch.Elapsed + interval <= budget),
            })
            .Build();
        var last = await pipeline.ExecuteAsync(async ct => await observe(ct), cancellationToken);
        return new ExpectationResult(last.Met, last.Observed, stopwatch.Elapsed);
    }
}
