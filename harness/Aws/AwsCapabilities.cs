namespace KedaGuidance.Harness.Aws;

/// <summary>
/// What an AWS target can do, by name. A fixture states its set; a step that needs a capability its target lacks is
/// Skipped with a reason naming the target that has it.
/// </summary>
public static class AwsCapabilities
{
    public const string Sqs = "sqs";
    public const string Iam = "iam";
    public const string Sts = "sts";
    public const string Ecr = "ecr";

    /// <summary>Amazon Managed Service for Prometheus control plane: create/describe/delete-workspace.</summary>
    public const string ApsControlPlane = "aps-control-plane";

    /// <summary>AMP query and remote-write endpoints (what KEDA's prometheus scaler and ADOT use).</summary>
    public const string ApsDataPlane = "aps-data-plane";

    /// <summary>CloudFormation with an AWS::APS::Workspace resource: the guide's requirements.yaml stack.</summary>
    public const string CloudFormationAps = "cloudformation-aps";

    /// <summary>IAM policies actually enforced (a missing permission is denied).</summary>
    public const string IamEnforcement = "iam-enforcement";

    /// <summary>
    /// moto 5.2 (checked by running it): SQS, IAM, STS and the AMP control plane work; CloudFormation fails the
    /// guide's stack with a 500 (no AWS::APS::Workspace), there is no AMP data plane and IAM is not enforced.
    /// An unknown endpoint is assumed to be no more capable than moto.
    /// </summary>
    public static IReadOnlySet<string> Endpoint { get; } = new HashSet<string>(StringComparer.Ordinal)
        { Sqs, Iam, Sts, ApsControlPlane };

    /// <summary>A real account supports everything the guide uses.</summary>
    public static IReadOnlySet<string> RealAccount { get; } = new HashSet<string>(StringComparer.Ordinal)
        { Sqs, Iam, Sts, Ecr, ApsControlPlane, ApsDataPlane, CloudFormationAps, IamEnforcement };

    /// <summary>Who supports a capability, in words for a skip reason, when the caller knows no target: an endpoint, or a real account.</summary>
    public static string WhoSupports(string capability) => Endpoint.Contains(capability)
        ? "any AWS target (KEDAGUIDE_AWS_ENDPOINT with moto or LocalStack, or a real account)"
        : "a real AWS account (a target whose AWS is the default credential chain)";

    /// <summary>Null when <paramref name="target"/> supports every capability; otherwise the reason to skip, naming who does.</summary>
    public static string? SkipReason(AwsTarget target, params string[] needed) => SkipReason(target, WhoSupports, needed);

    /// <summary>As <see cref="SkipReason(AwsTarget, string[])"/>, with <paramref name="whoSupports"/> naming the targets that have a capability (the catalog knows them).</summary>
    public static string? SkipReason(AwsTarget target, Func<string, string> whoSupports, params string[] needed)
    {
        var missing = needed.Where(c => !target.Capabilities.Contains(c)).ToArray();
        if (missing.Length == 0)
            return null;
        return string.Join("; ", missing.Select(c =>
            $"needs '{c}', which {target.Name} does not support; it runs on {whoSupports(c)}"));
    }
}
