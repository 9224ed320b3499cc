using KedaGuidance.Harness.Operations;
using Polly;
using Polly.Retry;

namespace KedaGuidance.Harness.Waits;

/// <summary>
/// The suite's one poller: reads with Polly at a fixed interval (taken from what is watched — a polling or scrape
/// interval — never a guess) until the expectation is met, the state is final, or the <see cref="WaitBudget"/> runs
/// out. A read that throws is reported as "read failed: …" and read again; it is never taken as an observed value
/// (a failed read is not "0 replicas").
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
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is null
                    ? args.Outcome.Result is { Met: false, Final: false }
                    : args.Outcome.Exception is not OperationCanceledException),
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
            var result = await pipeline.ExecuteAsync(async token =>
            {
                try
                {
                    var observation = await read(token);
                    WaitObservations.Report(observation.Observed);
                    return observation;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    WaitObservations.Report($"read failed: {e.Message}");
                    throw;
                }
            }, withinBudget.Token);
            return new ExpectationResult(result.Met, result.Observed, _clock.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ExpectationResult(false, last, _clock.GetElapsedTime(started));
        }
    }

    /// <summary>Polls a yes/no probe; true when it said yes within the budget, false when the budget ran out.</summary>
    public static async Task<bool> UntilTrueAsync(Func<CancellationToken, ValueTask<bool>> probe, TimeSpan interval,
        WaitBudget budget, CancellationToken cancellationToken)
    {
        var result = await new Polling(interval).UntilAsync(
            async token => await probe(token) ? new Observation(true, "yes") : new Observation(false, "not yet"),
            budget, cancellationToken);
        return result.Met;
    }
}
