using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Aws.Sqs;

/// <summary>Planned results live on the reserved host plan.invalid, so a plan's queue URL can never be mistaken for a real one.</summary>
internal static class PlannedQueue
{
    public static string Url(string name) => $"https://plan.invalid/planned-account/{name}";
}

/// <summary>The guide's <c>aws sqs create-queue --queue-name=app-queue</c>, tagged with the run id. Yields the queue URL.</summary>
public sealed record CreateQueue(string Name, string RunId) : Operation<string>
{
    /// <summary>
    /// How long to keep asking while SQS answers QueueDeletedRecently: "you must wait 60 seconds after deleting a queue
    /// before you can create another with the same name" (SQS API reference, CreateQueue). A run that deletes app-queue
    /// in one feature and creates it in the next meets this on real AWS; zero fails at once.
    /// </summary>
    public TimeSpan RecentDeletionWait { get; init; } = TimeSpan.Zero;

    /// <summary>How often CreateQueue is asked again meanwhile.</summary>
    public TimeSpan RecentDeletionRetry { get; init; } = TimeSpan.FromSeconds(5);

    public override string Kind => "sqs.create-queue";
    public override string Summary => $"create queue {Name} (tag {AwsTags.RunId}={RunId})" +
        (RecentDeletionWait > TimeSpan.Zero ? $"; while SQS answers QueueDeletedRecently, again every {RecentDeletionRetry.TotalSeconds:0} s for up to {RecentDeletionWait.TotalSeconds:0} s" : "");
    public override string Content => $"CreateQueue QueueName={Name} Tags={{{AwsTags.RunId}: {RunId}}}";
    public override string Planned() => PlannedQueue.Url(Name);
}

/// <summary>
/// The guide's loop of <c>aws sqs send-message</c>, as SendMessageBatch calls of up to 10 entries sent
/// concurrently (at most <see cref="Parallelism"/> calls in flight); failed calls and failed entries are retried.
/// </summary>
public sealed record SendMessages(string QueueUrl, int Count, string Body, int Parallelism = 10, int MaxAttempts = 5) : Operation<SendReport>
{
    public const int BatchSize = 10;

    public int Batches => (Count + BatchSize - 1) / BatchSize;

    public override string Kind => "sqs.send-messages";
    public override string Summary => $"send {Count} messages (\"{Body}\") to {QueueUrl}: {Batches} SendMessageBatch calls of ≤ {BatchSize}, ≤ {Parallelism} in flight, ≤ {MaxAttempts} attempts each";
    public override SendReport Planned() => SendReport.PlannedFor(this);
}

/// <summary>ApproximateNumberOfMessages and ApproximateNumberOfMessagesNotVisible of a queue; a failed read is an error, never 0.</summary>
public sealed record ReadQueueDepth(string QueueUrl) : Operation<QueueDepth>
{
    public override string Kind => "sqs.get-queue-attributes";
    public override string Summary => $"read ApproximateNumberOfMessages and ApproximateNumberOfMessagesNotVisible of {QueueUrl}";
    public override QueueDepth Planned() => new(0, 0, Planned: true);
}

public sealed record PurgeQueue(string QueueUrl) : Operation<Done>
{
    public override string Kind => "sqs.purge-queue";
    public override string Summary => $"purge {QueueUrl}";
    public override Done Planned() => Done.Value;
}

/// <summary>The guide's <c>aws sqs delete-queue --queue-url $QUEUE_URL</c>; also the inverse of <see cref="CreateQueue"/>.</summary>
public sealed record DeleteQueue(string QueueUrl) : Operation<Done>
{
    public override string Kind => "sqs.delete-queue";
    public override string Summary => $"delete queue {QueueUrl}";
    public override Done Planned() => Done.Value;
}

/// <summary>What a queue holds. SQS counts are approximate and, on AWS, lag behind by up to about a minute.</summary>
public sealed record QueueDepth(long Visible, long NotVisible, bool Planned = false)
{
    public long Total => Visible + NotVisible;

    public override string ToString() => Planned
        ? "planned: not read"
        : $"{Total} ({Visible} visible + {NotVisible} not visible)";
}

/// <summary>The queue holds <see cref="Count"/> messages, visible plus not visible (what KEDA's SQS scaler counts by default).</summary>
public sealed record QueueHolds(string QueueUrl, long Count) : Expectation
{
    public override string Kind => "sqs.queue-holds";
    public override string Summary => $"queue {QueueUrl} holds {Count} messages (visible + not visible)";
}

/// <summary>GetQueueUrl of the queue's name answers QueueDoesNotExist (AWS: deletion takes up to 60 s).</summary>
public sealed record QueueAbsent(string Name) : Expectation
{
    public override string Kind => "sqs.queue-absent";
    public override string Summary => $"queue {Name} no longer exists";
}
