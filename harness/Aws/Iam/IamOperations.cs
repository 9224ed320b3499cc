using System.Text.Json;
using KedaGuidance.Harness.Aws.Cli;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Aws.Iam;

/// <summary>Planned IAM results name the account "planned", so they can never be mistaken for a real ARN.</summary>
public static class PlannedArn
{
    public const string Account = "planned";

    public static string Iam(string kind, string name) => $"arn:aws:iam::{Account}:{kind}/{name}";
}

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

/// <summary>The guide's <c>aws iam create-role --role-name … --assume-role-policy-document file://…</c>, tagged with the run id. Yields the role ARN.</summary>
public sealed record CreateRole(string RoleName, string TrustPolicyFile, string RunId) : AwsCliOperation<string>
{
    public override string Kind => "iam.create-role";
    public override string Summary => $"create IAM role {RoleName} with the trust policy {Path.GetFileName(TrustPolicyFile)} (tag {AwsTags.RunId}={RunId})";
    public override IReadOnlyList<string> Arguments =>
        ["iam", "create-role", "--role-name", RoleName, "--assume-role-policy-document", "file://" + TrustPolicyFile, "--tags", $"Key={AwsTags.RunId},Value={RunId}"];
    public override string Planned() => PlannedArn.Iam("role", RoleName);
    protected override string Parse(JsonElement output) => Required(output, "Role", "Arn");

    /// <summary>The trust policy's text, shown under the command in the plan and the record (the file itself is scratch, not evidence).</summary>
    public string? Document { get; init; }

    public override string Content => Document is null ? base.Content : $"{base.Content}\n\n# {Path.GetFileName(TrustPolicyFile)}\n{Document.TrimEnd()}";
}

/// <summary>Deletes a role the run created; already gone counts as done.</summary>
public sealed record DeleteRole(string RoleName) : AwsCliAction
{
    public override string Kind => "iam.delete-role";
    public override string Summary => $"delete IAM role {RoleName}";
    public override IReadOnlyList<string> Arguments => ["iam", "delete-role", "--role-name", RoleName];
    protected override Func<Done>? Recover(string? errorCode) => errorCode == "NoSuchEntity" ? () => Done.Value : null;
}

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

/// <summary>The guide's <c>aws iam create-policy --policy-name … --policy-document file://…</c>, tagged with the run id. Yields the policy ARN.</summary>
public sealed record CreatePolicy(string PolicyName, string DocumentFile, string RunId) : AwsCliOperation<string>
{
    public override string Kind => "iam.create-policy";
    public override string Summary => $"create IAM policy {PolicyName} from {Path.GetFileName(DocumentFile)} (tag {AwsTags.RunId}={RunId})";
    public override IReadOnlyList<string> Arguments =>
        ["iam", "create-policy", "--policy-name", PolicyName, "--policy-document", "file://" + DocumentFile, "--tags", $"Key={AwsTags.RunId},Value={RunId}"];
    public override string Planned() => PlannedArn.Iam("policy", PolicyName);
    protected override string Parse(JsonElement output) => Required(output, "Policy", "Arn");
}

/// <summary>Deletes a policy the run created; already gone counts as done.</summary>
public sealed record DeletePolicy(string PolicyArn) : AwsCliAction
{
    public override string Kind => "iam.delete-policy";
    public override string Summary => $"delete IAM policy {PolicyArn}";
    public override IReadOnlyList<string> Arguments => ["iam", "delete-policy", "--policy-arn", PolicyArn];
    protected override Func<Done>? Recover(string? errorCode) => errorCode == "NoSuchEntity" ? () => Done.Value : null;
}

/// <summary>The guide's <c>aws iam attach-role-policy --role-name … --policy-arn …</c>.</summary>
public sealed record AttachRolePolicy(string RoleName, string PolicyArn) : AwsCliAction
{
    public override string Kind => "iam.attach-role-policy";
    public override string Summary => $"attach {PolicyArn} to IAM role {RoleName}";
    public override IReadOnlyList<string> Arguments => ["iam", "attach-role-policy", "--role-name", RoleName, "--policy-arn", PolicyArn];
}

/// <summary>The guide's <c>aws iam detach-role-policy</c>; also the inverse of <see cref="AttachRolePolicy"/>. Not attached (or gone) counts as done.</summary>
public sealed record DetachRolePolicy(string RoleName, string PolicyArn) : AwsCliAction
{
    public override string Kind => "iam.detach-role-policy";
    public override string Summary => $"detach {PolicyArn} from IAM role {RoleName}";
    public override IReadOnlyList<string> Arguments => ["iam", "detach-role-policy", "--role-name", RoleName, "--policy-arn", PolicyArn];
    protected override Func<Done>? Recover(string? errorCode) => errorCode == "NoSuchEntity" ? () => Done.Value : null;
}
