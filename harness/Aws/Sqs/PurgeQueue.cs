using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Aws.Sqs;

public sealed record PurgeQueue(string QueueUrl) : Operation<Done>
{
    public override string Kind => "sqs.purge-queue";
    public override string Summary => $"purge {QueueUrl}";
    public override Done Planned() => Done.Value;
}
