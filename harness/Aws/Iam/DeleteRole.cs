using KedaGuidance.Harness.Aws.Cli;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Aws.Iam;

/// <summary>Deletes a role the run created; already gone counts as done.</summary>
public sealed record DeleteRole(string RoleName) : AwsCliAction
{
    public override string Kind => "iam.delete-role";
    public override string Summary => $"delete IAM role {RoleName}";
    public override IReadOnlyList<string> Arguments => ["iam", "delete-role", "--role-name", RoleName];
    protected override Func<Done>? Recover(string? errorCode) => errorCode == "NoSuchEntity" ? () => Done.Value : null;
}
