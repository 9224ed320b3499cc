using KedaGuidance.Harness.Configuration;

namespace KedaGuidance.Harness.Targets;

/// <summary>
/// What a target's settings reader is given: the variables (<see cref="Get"/>: trimmed, null when unset or blank), and
/// the general settings its rules depend on, already read.
/// </summary>
/// <param name="Region">AWS_REGION or AWS_DEFAULT_REGION as set (null when neither is).</param>
/// <param name="BaseFolder">What relative paths are resolved against.</param>
public sealed record TargetSettingsInput(Func<string, string?> Get, ExecutionMode Mode, Uri? AwsEndpoint, string? Region, string BaseFolder);
