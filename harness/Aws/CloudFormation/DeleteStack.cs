using KedaGuidance.Harness.Aws.Cli;

namespace KedaGuidance.Harness.Aws.CloudFormation;

/// <summary>aws cloudformation delete-stack --stack-name …; the inverse of <see cref="CreateStack"/> (deleting a missing stack succeeds).</summary>
public sealed record DeleteStack(string StackName) : AwsCliAction
{
    public override string Kind => "cloudformation.delete-stack";
    public override string Summary => $"delete CloudFormation stack {StackName}";
    public override IReadOnlyList<string> Arguments => ["cloudformation", "delete-stack", "--stack-name", StackName];
}
