using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Amazon.SQS;
using Amazon.SQS.Model;
using Polly;
using Polly.Retry;

namespace KedaGuidance.Harness.Aws.Sqs;

/// <summary>
/// Sends N messages as SendMessageBatch calls of up to 10, at most <see cref="SendMessages.Parallelism"/> in flight.
/// Each batch is retried with Polly when the whole call throws and when SQS reports entries as Failed (only those
/// entries are sent again); an entry in neither Successful nor Failed counts as failed too. Every failure is counted,
/// and a message that could not be sent after the last attempt fails the operation with the counts: nothing is
/// silently dropped. The SQS client is built without SDK-level retries (<see cref="SqsClientFactory"/>), so these
/// counts are all the retries there were.
/// </summary>
public sealed class MessageBatchSender(IAmazonSQS sqs, TimeSpan retryDelay)
{
    public async Task<SendReport> SendAsync(SendMessages operation, CancellationToken cancellationToken)
    {
        if (operation.Count < 1)
            throw new ArgumentOutOfRangeException(nameof(operation), operation.Count, "Send at least one message.");
        var counters = new Counters();
        var problems = new ConcurrentQueue<string>();
        var pipeline = Pipeline(operation.MaxAttempts, counters);
        var stopwatch = Stopwatch.StartNew();

        var batches = Enumerable.Range(0, operation.Batches)
            .Select(b => Enumerable.Range(b * SendMessages.BatchSize, Math.Min(SendMessages.BatchSize, operation.Count - b * SendMessages.BatchSize))
                .Select(i => new SendMessageBatchRequestEntry { Id = i.ToString(CultureInfo.InvariantCulture), MessageBody = operation.Body })
                .ToList())
            .ToList();

        await Parallel.ForEachAsync(batches,
            new ParallelOptions { MaxDegreeOfParallelism = operation.Parallelism, CancellationToken = cancellationToken },
            async (batch, token) =>
            {
                if (await SendBatchAsync(operation, batch, pipeline, counters, token) is { } problem)
                    problems.Enqueue(problem);
            });

        var report = counters.Report(operation, stopwatch.Elapsed);
        if (report.Sent != operation.Count || !problems.IsEmpty)
            throw new SendMessagesFailedException(report, [.. problems]);
        return report;
    }

    /// <summary>Sends one batch until every entry is accepted or attempts run out; returns what went wrong, or null.</summary>
    private async Task<string?> SendBatchAsync(SendMessages operation, List<SendMessageBatchRequestEntry> batch,
        ResiliencePipeline<BatchAttempt> pipeline, Counters counters, CancellationToken cancellationToken)
    {
        var pending = batch;
        BatchAttempt last;
        try
        {
            last = await pipeline.ExecuteAsync(async token =>
            {
                counters.Call();
                SendMessageBatchResponse response;
                try
                {
                    response = await sqs.SendMessageBatchAsync(new SendMessageBatchRequest { QueueUrl = operation.QueueUrl, Entries = pending }, token);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    counters.CallFailure();
                    throw;
                }

                var accepted = (response.Successful ?? []).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
                var failed = (response.Failed ?? []).ToDictionary(f => f.Id, f => $"{f.Code}: {f.Message}", StringComparer.Ordinal);
                var remaining = pending.Where(e => !accepted.Contains(e.Id)).ToList();
                counters.Accepted(pending.Count - remaining.Count);
                counters.EntryFailures(remaining.Count);
                var errors = remaining.Select(e => failed.TryGetValue(e.Id, out var why) ? why : "missing from the response").Distinct().ToArray();
                pending = remaining;
                return new BatchAttempt(remaining.Count, errors);
            }, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return $"batch of {batch.Count}: {pending.Count} not sent after {operation.MaxAttempts} attempts; last call failed: {e.GetType().Name}: {e.Message}";
        }

        return last.Remaining == 0
            ? null
            : $"batch of {batch.Count}: {last.Remaining} entries still Failed after {operation.MaxAttempts} attempts ({string.Join("; ", last.Errors)})";
    }

    private ResiliencePipeline<BatchAttempt> Pipeline(int maxAttempts, Counters counters) =>
        maxAttempts <= 1
            ? ResiliencePipeline<BatchAttempt>.Empty // Polly refuses a retry strategy of 0 retries.
            : new ResiliencePipelineBuilder<BatchAttempt>()
            .AddRetry(new RetryStrategyOptions<BatchAttempt>
            {
                MaxRetryAttempts = maxAttempts - 1,
                Delay = retryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = retryDelay > TimeSpan.Zero,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: OperationCanceledException or QueueDoesNotExistException } => false,
                    { Exception: not null } => true,
                    { Result.Remaining: > 0 } => true,
                    _ => false,
                }),
                OnRetry = _ =>
                {
                    counters.Retry();
                    return default;
                },
            })
            .Build();

    private sealed record BatchAttempt(int Remaining, IReadOnlyList<string> Errors);

    /// <summary>Counts shared by the concurrent batches.</summary>
    private sealed class Counters
    {
        private int _calls, _retries, _callFailures, _entryFailures, _sent;

        public void Call() => Interlocked.Increment(ref _calls);
        public void Retry() => Interlocked.Increment(ref _retries);
        public void CallFailure() => Interlocked.Increment(ref _callFailures);
        public void EntryFailures(int count) => Interlocked.Add(ref _entryFailures, count);
        public void Accepted(int count) => Interlocked.Add(ref _sent, count);

        public SendReport Report(SendMessages operation, TimeSpan duration) =>
            new(operation.Count, Volatile.Read(ref _sent), operation.Batches, Volatile.Read(ref _calls), Volatile.Read(ref _retries),
                Volatile.Read(ref _callFailures), Volatile.Read(ref _entryFailures), operation.Parallelism, duration);
    }
}
