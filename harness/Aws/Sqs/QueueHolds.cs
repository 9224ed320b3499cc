using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Aws.Sqs;

/// <summary>The queue holds <see cref="Count"/> messages, visible plus not visible (what KEDA's SQS scaler counts by default).</summary>
public sealed record QueueHolds(string QueueUrl, long Count) : Expectation
{
    public override string Kind => "sqs.queue-holds";
    public override string Summary => $"queue {QueueUrl} holds {Count} messages (visible + not visible)";
}
