namespace KedaGuidance.Harness.Workloads;

/// <summary>ApproximateNumberOfMessages (+ NotVisible when the trigger scales on in-flight messages), through the SQS operations.</summary>
public sealed record QueueDepthSource(string QueueUrl, bool ScaleOnInFlight) : MetricSource
{
    public override string Name => ScaleOnInFlight ? "SQS queue depth (visible + not visible)" : "SQS queue depth (visible)";
    public override string Unit => "messages";

    public override string Describe() => $"SQS {QueueUrl}: visible{(ScaleOnInFlight ? " + not visible" : "")} (as KEDA's aws-sqs-queue scaler counts)";
}
