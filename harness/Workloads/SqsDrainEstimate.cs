using System.Globalization;

namespace KedaGuidance.Harness.Workloads;

/// <summary>
/// How long the guide's consumers need to drain the queue once scaled out, from the sources of each term:
/// <list type="bullet">
/// <item>The consumer (scaledobject-samples/amazonsqs/sample-app/sqs-consumer.py): <c>receive_message</c> of up to
/// MAX_MSGS_PER_BATCH messages (no long poll), then per message <c>sleep(MSG_PROCESS_DELAY)</c> and only then
/// <c>delete_message</c>; an empty receive sleeps MSG_POLL_BACKOFF. With the guide's 5 and 10 s a consumer holds a
/// batch for 50 s and deletes its k-th message at k × 10 s.</item>
/// <item>The queue's visibility timeout: the guide creates <c>app-queue</c> without attributes, so SQS's default of
/// 30 s applies (SQS CreateQueue: VisibilityTimeout default 30; LocalStack 4.14.0 services/sqs/models.py
/// <c>default_attributes</c>: "30"). A message whose delete comes at or after 30 s is visible again before it is
/// deleted, and another consumer receives it: with 5 × 10 s, the 3rd, 4th and 5th of every batch.</item>
/// <item>A delete with an older receipt handle: on real SQS "the request will still succeed, but the message might
/// not be deleted" (DeleteMessage API reference), so a message is certain to go only from a position deleted before
/// the timeout — on average after MAX_MSGS_PER_BATCH / safe positions deliveries; LocalStack (models.py
/// <c>SqsQueue.remove</c>) deletes with any handle the message was given, so there a message is delivered at most
/// ceil(hold / timeout) times. The budget takes the larger, so it holds on both.</item>
/// <item>The receive: <c>receive_message</c> without WaitTimeSeconds is a short poll, so a consumer that asks while every
/// remaining message is held by others (in flight, not yet visible again) gets none and sleeps MSG_POLL_BACKOFF before it
/// asks again: up to one backoff a round before it sees a message come back.</item>
/// </list>
/// All of that over the consumers that run — maxReplicaCount, or fewer where the cluster's nodes take fewer pods
/// (<see cref="ConsumersFrom"/> says which) — taking MAX_MSGS_PER_BATCH deliveries per round of batch × delay. The
/// HPA's ramp to maxReplicaCount is a separate term (<see cref="Scaling.ScalingAllowances.ScaleUpTo"/>); consumers
/// already draining while it ramps only make the real drain shorter.
/// </summary>
/// <param name="ConsumersFrom">How <paramref name="Consumers"/> was decided (the cluster's pod capacity, or the assumption a plan makes); null: not stated.</param>
public sealed record SqsDrainEstimate(int Messages, int Consumers, int Batch, TimeSpan ProcessDelay, TimeSpan PollBackoff, TimeSpan VisibilityTimeout,
    string? ConsumersFrom = null)
{
    /// <summary>SQS's default visibility timeout (a queue created without the attribute, as the guide creates it); LocalStack's default too.</summary>
    public static readonly TimeSpan DefaultVisibilityTimeout = TimeSpan.FromSeconds(30);

    /// <summary>How long a consumer holds one batch: every message is deleted only after its own processing delay.</summary>
    public TimeSpan BatchHold => ProcessDelay * Batch;

    /// <summary>Positions of a batch deleted strictly before the visibility timeout ends (the others come back first).</summary>
    public int SafePositions => Enumerable.Range(1, Batch).Count(k => ProcessDelay * k < VisibilityTimeout);

    /// <summary>Deliveries of one message where a stale delete still deletes (LocalStack): one every timeout until the first holder deletes it.</summary>
    public int DeliveriesIfStaleDeleteDeletes => Math.Max(1, (int)Math.Ceiling(BatchHold / VisibilityTimeout - 1e-9));

    /// <summary>Deliveries of one message where a stale delete may be ignored (real SQS): batch / safe positions, rounded up.</summary>
    public int DeliveriesIfStaleDeleteIgnored => SafePositions == 0
        ? throw new InvalidOperationException(
            $"The guide's consumer deletes each message MSG_PROCESS_DELAY {Seconds(ProcessDelay)} after receiving it or later, which is not before the queue's " +
            $"visibility timeout of {Seconds(VisibilityTimeout)}: SQS hands every message out again before it is deleted, so the queue may never drain. " +
            "Lower MSG_PROCESS_DELAY or MAX_MSGS_PER_BATCH in the guide's Deployment, or give the queue a longer VisibilityTimeout.")
        : (int)Math.Ceiling(Batch / (double)SafePositions - 1e-9);

    public int DeliveriesPerMessage => Math.Max(DeliveriesIfStaleDeleteDeletes, DeliveriesIfStaleDeleteIgnored);

    /// <summary>Rounds of batch × delay the consumers need for every delivery.</summary>
    public int Rounds => (int)Math.Ceiling(Messages * (double)DeliveriesPerMessage / (Consumers * (double)Batch) - 1e-9);

    public TimeSpan Drain => BatchHold * Rounds;

    /// <summary>The budget terms: the drain in rounds, with why each message may be delivered more than once, and the consumer's last backoff.</summary>
    public IReadOnlyList<(string Term, TimeSpan Duration)> Terms =>
    [
        ($"drain: {Rounds} round(s) × MAX_MSGS_PER_BATCH {Batch} × MSG_PROCESS_DELAY {Seconds(ProcessDelay)} " +
         $"({Messages} messages × up to {DeliveriesPerMessage} deliveries over {Consumers} consumers × {Batch}: a batch is held {Seconds(BatchHold)}, " +
         $"the visibility timeout is {Seconds(VisibilityTimeout)}, so {Batch - SafePositions} of {Batch} come back before their delete — " +
         $"{DeliveriesIfStaleDeleteIgnored} deliveries where an older receipt handle may not delete (SQS), {DeliveriesIfStaleDeleteDeletes} where it does (LocalStack))" +
         (ConsumersFrom is { } from ? $"; consumers: {from}" : ""),
            Drain),
        ($"MSG_POLL_BACKOFF once a round ({Rounds} × {Seconds(PollBackoff)}: a short-poll receive finds no visible message while the rest are in flight)", PollBackoff * Rounds),
    ];

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";
}
