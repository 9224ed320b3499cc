using Polly;
using Polly.Retry;

namespace KedaGuidance.Harness.Teardown;

/// <summary>
/// How deletes are retried, by teardown and by the sweep alike: <c>attempts</c> tries with exponential backoff, any
/// error but cancellation. Polly refuses zero retries, so a single attempt is the empty pipeline.
/// </summary>
public static class TeardownRetry
{
    public static ResiliencePipeline Pipeline(int attempts, TimeSpan delay) => attempts <= 1
        ? ResiliencePipeline.Empty
        : new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = attempts - 1,
                Delay = delay,
                BackoffType = DelayBackoffType.Exponential,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException),
            })
            .Build();
}
