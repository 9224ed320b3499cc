namespace KedaGuidance.Harness.Aws.Cli;

/// <summary>The aws CLI is not installed or not on PATH.</summary>
public sealed class AwsCliNotFoundException(string executable, Exception? inner = null)
    : Exception($"aws CLI not found on PATH (looked for '{executable}'): install awscli (pip install awscli, or Debian's awscli package) or AWS CLI v2, " +
                "and make sure 'aws --version' works in the shell that runs the tests. The suite drives IAM, CloudFormation and ECR " +
                "through the aws CLI because the AWS SDK packages for them are not available to it.", inner);
