using System.Text.Json;
using KedaGuidance.Harness.Aws.Cli;

namespace KedaGuidance.Harness.Aws.CloudFormation;

/// <summary>
/// create_requirements.sh: <c>aws cloudformation create-stack --stack-name "keda-guidance" --template-body
/// file://…/requirements.yaml</c>, tagged with the run id (CloudFormation propagates stack tags to the workspace and the
/// repository). Yields the stack id.
/// </summary>
public sealed record CreateStack(string StackName, string TemplateFile, string RunId) : AwsCliOperation<string>
{
    public override string Kind => "cloudformation.create-stack";
    public override string Summary => $"create CloudFormation stack {StackName} from {Path.GetFileName(TemplateFile)} (tag {AwsTags.RunId}={RunId})";
    public override IReadOnlyList<string> Arguments =>
        ["cloudformation", "create-stack", "--stack-name", StackName, "--template-body", "file://" + TemplateFile, "--tags", $"Key={AwsTags.RunId},Value={RunId}"];
    public override string Planned() => $"arn:aws:cloudformation:planned:{Iam.PlannedArn.Account}:stack/{StackName}/planned";
    protected override string Parse(JsonElement output) => Required(output, "StackId");
}
