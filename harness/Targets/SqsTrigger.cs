namespace KedaGuidance.Harness.Targets;

/// <summary>The guide's SQS trigger, as a target may point it at its AWS: the ScaledObject's name and the queue it watches.</summary>
public sealed record SqsTrigger(string File, string ScaledObject, string QueueName);
