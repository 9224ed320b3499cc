using Amazon.Runtime;

namespace KedaGuidance.Harness.Aws.Cli;

/// <summary>
/// Builds aws CLI calls. Credentials, region and endpoint go into the child process's environment only
/// (AWS_ACCESS_KEY_ID …, AWS_ENDPOINT_URL, honoured by botocore ≥ 1.31, i.e. CLI v1.29+ and v2.13+), never onto the
/// command line, where they would show in process listings, the plan and the evidence. Variables that could make the
/// CLI act as someone else (AWS_PROFILE, an inherited AWS_ENDPOINT_URL) are removed. (aws CLI v1 ignores
/// AWS_ENDPOINT_URL for sqs commands — a legacy customisation pins queue.amazonaws.com — which is one more reason the
/// suite drives SQS through AWSSDK.SQS and keeps the CLI for IAM, CloudFormation and ECR.)
/// </summary>
public static class AwsCliCommand
{
    private const int MinimumSecretLength = 16;

    public static AwsCliInvocation Build(IReadOnlyList<string> arguments, AwsConnection connection, ImmutableCredentials credentials)
    {
        // Real keys are 16+ characters (access key ids 20, secrets 40); shorter values are emulator dummies such as
        // "test", which ordinary arguments may well contain.
        var secrets = new[] { credentials.AccessKey, credentials.SecretKey, credentials.Token }.Where(s => s is { Length: >= MinimumSecretLength });
        if (arguments.Any(a => secrets.Any(s => a.Contains(s, StringComparison.Ordinal))))
            throw new ArgumentException("An aws CLI argument contains a credential; credentials may only travel in the child's environment. This is a suite defect.", nameof(arguments));

        var environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["AWS_ACCESS_KEY_ID"] = credentials.AccessKey,
            ["AWS_SECRET_ACCESS_KEY"] = credentials.SecretKey,
            ["AWS_SESSION_TOKEN"] = string.IsNullOrEmpty(credentials.Token) ? null : credentials.Token,
            ["AWS_SECURITY_TOKEN"] = null,
            ["AWS_PROFILE"] = null,
            ["AWS_DEFAULT_PROFILE"] = null,
            ["AWS_REGION"] = connection.Region,
            ["AWS_DEFAULT_REGION"] = connection.Region,
            ["AWS_ENDPOINT_URL"] = connection.Endpoint?.ToString(),
            ["AWS_PAGER"] = "",
        };
        return new AwsCliInvocation([.. arguments, "--output", "json"], environment);
    }

    /// <summary>The command as a person would type it (for the plan and the evidence).</summary>
    public static string Display(IEnumerable<string> arguments) => "aws " + string.Join(' ', arguments.Select(Quote));

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsLetterOrDigit(c) || "-_./:=,@+".Contains(c)) ? argument : "'" + argument.Replace("'", "'\\''") + "'";
}
