using System.Text.Json;
using KedaGuidance.Harness.Aws.Cli;

namespace KedaGuidance.Harness.Aws.Iam;

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
