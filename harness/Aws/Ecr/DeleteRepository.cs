using KedaGuidance.Harness.Aws.Cli;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Aws.Ecr;

/// <summary>The guide's <c>aws ecr delete-repository --repository-name sqsconsumer --force</c>; also the inverse of <see cref="CreateRepository"/>.</summary>
public sealed record DeleteRepository(string RepositoryName) : AwsCliAction
{
    public override string Kind => "ecr.delete-repository";
    public override string Summary => $"delete ECR repository {RepositoryName} and its images";
    public override IReadOnlyList<string> Arguments => ["ecr", "delete-repository", "--repository-name", RepositoryName, "--force"];
    protected override Func<Done>? Recover(string? errorCode) => errorCode == "RepositoryNotFoundException" ? () => Done.Value : null;
}
