using System.Text.Json;
using KedaGuidance.Harness.Aws.Cli;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Aws.Ecr;

/// <summary>aws ecr describe-repositories --repository-names …: true when it exists, false on RepositoryNotFoundException.</summary>
public sealed record EcrRepositoryExists(string RepositoryName) : AwsCliOperation<bool>
{
    public override string Kind => "ecr.describe-repositories";
    public override string Summary => $"check whether ECR repository {RepositoryName} exists";
    public override IReadOnlyList<string> Arguments => ["ecr", "describe-repositories", "--repository-names", RepositoryName];
    public override bool Planned() => false;
    protected override bool Parse(JsonElement output) => true;
    protected override Func<bool>? Recover(string? errorCode) => errorCode == "RepositoryNotFoundException" ? () => false : null;
}

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

/// <summary>The guide's <c>aws ecr delete-repository --repository-name sqsconsumer --force</c>; also the inverse of <see cref="CreateRepository"/>.</summary>
public sealed record DeleteRepository(string RepositoryName) : AwsCliAction
{
    public override string Kind => "ecr.delete-repository";
    public override string Summary => $"delete ECR repository {RepositoryName} and its images";
    public override IReadOnlyList<string> Arguments => ["ecr", "delete-repository", "--repository-name", RepositoryName, "--force"];
    protected override Func<Done>? Recover(string? errorCode) => errorCode == "RepositoryNotFoundException" ? () => Done.Value : null;
}
