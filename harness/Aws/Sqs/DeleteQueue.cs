using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Aws.Sqs;

/// <summary>The guide's <c>aws sqs delete-queue --queue-url $QUEUE_URL</c>; also the inverse of <see cref="CreateQueue"/>.</summary>
public sealed record DeleteQueue(string QueueUrl) : Operation<Done>
{
    public override string Kind => "sqs.delete-queue";
    public override string Summary => $"delete queue {QueueUrl}";
    public override Done Planned() => Done.Value;
}
