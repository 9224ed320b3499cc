namespace KedaGuidance.Harness.Aws;

/// <summary>
/// The AWS a scenario acts on, as steps see it: its name for messages ("moto/LocalStack endpoint http://…",
/// "real account ********9012"), account and region (for the guide's ARNs and rendered policies), what it supports,
/// and whether it is only planned (plan mode: no endpoint is contacted).
/// </summary>
public sealed record AwsTarget(string Name, string Account, string Region, IReadOnlySet<string> Capabilities, bool Planned);
