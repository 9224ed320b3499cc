using Amazon.Runtime;

namespace KedaGuidance.Harness.Aws;

/// <summary>
/// How handlers reach an AWS: an endpoint (null for the SDK's regional endpoints), the region and the credentials.
/// Credentials stay in memory: they are handed to the SDK and to the aws CLI's environment, never to a log,
/// a command line or the evidence.
/// </summary>
public sealed record AwsConnection(Uri? Endpoint, string Region, AWSCredentials Credentials)
{
    public override string ToString() => $"{Endpoint?.ToString() ?? "AWS"} ({Region})";
}
