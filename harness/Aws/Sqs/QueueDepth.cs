namespace KedaGuidance.Harness.Aws.Sqs;

/// <summary>What a queue holds. SQS counts are approximate and, on AWS, lag behind by up to about a minute.</summary>
public sealed record QueueDepth(long Visible, long NotVisible, bool Planned = false)
{
    public long Total => Visible + NotVisible;

    public override string ToString() => Planned
        ? "planned: not read"
        : $"{Total} ({Visible} visible + {NotVisible} not visible)";
}
