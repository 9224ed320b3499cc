namespace KedaGuidance.Harness.Targets;

/// <summary>What pulling one of the guide's images costs a new pod on a target, as a budget term (zero where the image is loaded into the cluster).</summary>
public sealed record ImagePull(string Term, TimeSpan Allowance);
