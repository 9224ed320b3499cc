using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Aws.Sqs;

/// <summary>ApproximateNumberOfMessages and ApproximateNumberOfMessagesNotVisible of a queue; a failed read is an error, never 0.</summary>
public sealed record ReadQueueDepth(string QueueUrl) : Operation<QueueDepth>
{
    public override string Kind => "sqs.get-queue-attributes";
    public override string Summary => $"read ApproximateNumberOfMessages and ApproximateNumberOfMessagesNotVisible of {QueueUrl}";
    public override QueueDepth Planned() => new(0, 0, Planned: true);
}
