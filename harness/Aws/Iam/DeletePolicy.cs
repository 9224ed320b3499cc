using KedaGuidance.Harness.Aws.Cli;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Aws.Iam;

/// <summary>Deletes a policy the run created; already gone counts as done.</summary>
public sealed record DeletePolicy(string PolicyArn) : AwsCliAction
{
    public override string Kind => "iam.delete-policy";
    public override string Summary => $"delete IAM policy {PolicyArn}";
    public override IReadOnlyList<string> Arguments => ["iam", "delete-policy", "--policy-arn", PolicyArn];
    protected override Func<Done>? Recover(string? errorCode) => errorCode == "NoSuchEntity" ? () => Done.Value : null;
}
