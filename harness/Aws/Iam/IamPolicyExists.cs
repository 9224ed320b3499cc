using System.Text.Json;
using KedaGuidance.Harness.Aws.Cli;

namespace KedaGuidance.Harness.Aws.Iam;

/// <summary>aws iam get-policy: true when it exists, false on NoSuchEntity.</summary>
public sealed record IamPolicyExists(string PolicyArn) : AwsCliOperation<bool>
{
    public override string Kind => "iam.get-policy";
    public override string Summary => $"check whether IAM policy {PolicyArn} exists";
    public override IReadOnlyList<string> Arguments => ["iam", "get-policy", "--policy-arn", PolicyArn];
    public override bool Planned() => false;
    protected override bool Parse(JsonElement output) => true;
    protected override Func<bool>? Recover(string? errorCode) => errorCode == "NoSuchEntity" ? () => false : null;
}
