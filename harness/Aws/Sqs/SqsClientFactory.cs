using Amazon;
using Amazon.SQS;

namespace KedaGuidance.Harness.Aws.Sqs;

/// <summary>
/// Builds the SQS client for a connection. SDK-level retries are off (MaxErrorRetry 0): the suite retries with
/// Polly where a retry is right (sending, teardown) and counts every one, which the SDK's hidden retries would not allow.
/// </summary>
public static class SqsClientFactory
{
    public static IAmazonSQS Create(AwsConnection connection)
    {
        var config = new AmazonSQSConfig { MaxErrorRetry = 0 };
        if (connection.Endpoint is { } endpoint)
        {
            config.ServiceURL = endpoint.ToString();
            config.AuthenticationRegion = connection.Region;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(connection.Region);
        }
        return new AmazonSQSClient(connection.Credentials, config);
    }
}
