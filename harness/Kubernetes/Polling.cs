using KedaGuidance.Harness.Operations;
using Polly;
using Polly.Retry;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>One reading of the cluster: whether the expectation holds, and what was seen, in words.</summary>
public sealed record Observation(bool Met, string Observed);

/// <summary>
/// Polls a read with Polly until the expectation is met or the budget runs out. A read that throws is reported as
/// "read failed: …" and polled again; it is never taken as an observed value.
/// </summary>
public sealed class Polling(TimeSpan interval, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public TimeSpan Interval => interval;

    public async Task<ExpectationResult> UntilAsync(Func<CancellationToken, Task<Observation>> read, WaitBudget budget, CancellationToken cancellationToken)
    {
        var started = _clock.GetTimestamp();
        var last = "nothing observed yet";
        var pipeline = new ResiliencePipelineBuilder<Observation> { TimeProvider = _clock }
            .AddRetry(new RetryStrategyOptions<Observation>
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is null ? !args.Outcome.Result!.Met : args.Outcome.Exception is not OperationCanceledException),
                MaxRetryAttempts = int.MaxValue,
                Delay = interval,
                BackoffType = DelayBackoffType.Constant,
                UseJitter = false,
                OnRetry = args =>
                {
                    last = args.Outcome.Exception is { } e ? $"read failed: {e.Message}" : args.Outcome.Result!.Observed;
                    return default;
                },
            })
            .Build();

        using var withinBudget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        withinBudget.CancelAfter(budget.Limit);
        try
        {
            var result = await pipeline.ExecuteAsync(async token => await read(token), withinBudget.Token);
            return new ExpectationResult(result.Met, result.Observed, _clock.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ExpectationResult(false, last, _clock.GetElapsedTime(started));
        }
    }
}
