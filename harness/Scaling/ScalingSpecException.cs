namespace KedaGuidance.Harness.Scaling;

/// <summary>A ScaledObject the oracle cannot read: the message names the field, the value and what is accepted.</summary>
public sealed class ScalingSpecException(string message) : Exception(message);
