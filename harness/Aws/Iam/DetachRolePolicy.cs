using KedaGuidance.Harness.Aws.Cli;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Aws.Iam;

/// <summary>The guide's <c>aws iam detach-role-policy</c>; also the inverse of <see cref="AttachRolePolicy"/>. Not attached (or gone) counts as done.</summary>
public sealed record DetachRolePolicy(string RoleName, string PolicyArn) : AwsCliAction
{
    public override string Kind => "iam.detach-role-policy";
    public override string Summary => $"detach {PolicyArn} from IAM role {RoleName}";
    public override IReadOnlyList<string> Arguments => ["iam", "detach-role-policy", "--role-name", RoleName, "--policy-arn", PolicyArn];
    protected override Func<Done>? Recover(string? errorCode) => errorCode == "NoSuchEntity" ? () => Done.Value : null;
}
