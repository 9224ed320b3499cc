namespace KedaGuidance.Harness.Guide;

/// <summary>Where the value of a variable the guide exports comes from, as its script computes it.</summary>
public enum GuideVariableSource
{
    /// <summary>Written out in the script (possibly from other variables): <c>export CLUSTER_NAME=eks-keda-guidance</c>.</summary>
    Literal,

    /// <summary>The caller's AWS account: <c>$(aws sts get-caller-identity --query Account …)</c>.</summary>
    Account,

    /// <summary>The region of the reader's AWS CLI: <c>$(aws ec2 describe-availability-zones … RegionName)</c>.</summary>
    Region,

    /// <summary>The cluster's OIDC issuer id: <c>$(aws eks describe-cluster … identity.oidc.issuer … | cut -d '/' -f 5)</c>.</summary>
    OidcIssuer,

    /// <summary>The URL of the queue the step creates: <c>$(aws sqs create-queue … --query=QueueUrl)</c>.</summary>
    QueueUrl,

    /// <summary>An output of the guide's CloudFormation stack: <c>$(aws cloudformation describe-stacks … OutputKey==`X` …)</c>.</summary>
    StackOutput,

    /// <summary>Another command the suite does not model: its value is only known when the step really runs.</summary>
    Command,
}
