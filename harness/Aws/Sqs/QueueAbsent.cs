using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Aws.Sqs;

/// <summary>GetQueueUrl of the queue's name answers QueueDoesNotExist (AWS: deletion takes up to 60 s).</summary>
public sealed record QueueAbsent(string Name) : Expectation
{
    public override string Kind => "sqs.queue-absent";
    public override string Summary => $"queue {Name} no longer exists";
}
