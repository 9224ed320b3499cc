using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Aws.Sqs;

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
