namespace KedaGuidance.Harness.Evidence;

/// <summary>
/// Named data a handler hands back with its result (a <see cref="ScalingTimeline"/>, diagnostics text, a measurement
/// summary). The executor attaches it to the running scenario, so handlers never write to the record themselves.
/// </summary>
public sealed record EvidenceAttachment(string Name, object Value);
