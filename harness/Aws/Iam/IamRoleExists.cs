using System.Text.Json;
using KedaGuidance.Harness.Aws.Cli;

namespace KedaGuidance.Harness.Aws.Iam;

/// <summary>aws iam get-role: true when it exists, false on NoSuchEntity. Used before create: the run never adopts a role.</summary>
public sealed record IamRoleExists(string RoleName) : AwsCliOperation<bool>
{
    public override string Kind => "iam.get-role";
    public override string Summary => $"check whether IAM role {RoleName} exists";
    public override IReadOnlyList<string> Arguments => ["iam", "get-role", "--role-name", RoleName];
    public override bool Planned() => false;
    protected override bool Parse(JsonElement output) => true;
    protected override Func<bool>? Recover(string? errorCode) => errorCode == "NoSuchEntity" ? () => false : null;
}
