using System.Text.Json;
using KedaGuidance.Harness.Aws.Cli;

namespace KedaGuidance.Harness.Aws.Ecr;

/// <summary>The guide's <c>aws ecr create-repository --repository-name sqsconsumer --image-scanning-configuration scanOnPush=true</c>, tagged. Yields the repository URI.</summary>
public sealed record CreateRepository(string RepositoryName, string RunId) : AwsCliOperation<string>
{
    public override string Kind => "ecr.create-repository";
    public override string Summary => $"create ECR repository {RepositoryName} (scanOnPush, tag {AwsTags.RunId}={RunId})";
    public override IReadOnlyList<string> Arguments =>
        ["ecr", "create-repository", "--repository-name", RepositoryName, "--image-scanning-configuration", "scanOnPush=true", "--tags", $"Key={AwsTags.RunId},Value={RunId}"];
    public override string Planned() => $"{Iam.PlannedArn.Account}.dkr.ecr.plan.invalid/{RepositoryName}";
    protected override string Parse(JsonElement output) => Required(output, "repository", "repositoryUri");
}
