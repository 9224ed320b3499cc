namespace KedaGuidance.Harness.Scaling;

/// <summary>The trigger types of the guide's two ScaledObjects.</summary>
public enum TriggerKind
{
    AwsSqsQueue,
    Prometheus,
}
