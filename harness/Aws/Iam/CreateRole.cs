using System.Text.Json;
using KedaGuidance.Harness.Aws.Cli;

namespace KedaGuidance.Harness.Aws.Iam;

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
