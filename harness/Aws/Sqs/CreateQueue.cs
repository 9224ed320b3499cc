using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Aws.Sqs;

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
