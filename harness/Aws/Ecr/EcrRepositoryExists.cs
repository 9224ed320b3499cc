using System.Text.Json;
using KedaGuidance.Harness.Aws.Cli;

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
