using KedaGuidance.Harness.Aws.Cli;

namespace KedaGuidance.Harness.Aws.Iam;

/// <summary>The guide's <c>aws iam attach-role-policy --role-name … --policy-arn …</c>.</summary>
public sealed record AttachRolePolicy(string RoleName, string PolicyArn) : AwsCliAction
{
    public override string Kind => "iam.attach-role-policy";
    public override string Summary => $"attach {PolicyArn} to IAM role {RoleName}";
    public override IReadOnlyList<string> Arguments => ["iam", "attach-role-policy", "--role-name", RoleName, "--policy-arn", PolicyArn];
}
