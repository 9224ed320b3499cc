using System.Net;
using System.Net.Sockets;
using Amazon.Runtime;
using KedaGuidance.Fixtures.Aws;
using KedaGuidance.Harness.Aws;
using KedaGuidance.Harness.Evidence;

namespace KedaGuidance.Harness.Tests.Aws;

public sealed class AwsFixtureTests
{
    private static RunRecorder Recorder() => new("kg-1", "live", "none", Directory.CreateTempSubdirectory("kg-ev-").FullName);

    [Fact]
    public async Task Missing_credentials_fail_before_anything_is_created_naming_what_to_set()
    {
        var recorder = Recorder();
        await using var fixture = new RealAccountFixture("us-west-2", recorder,
            () => throw new AmazonClientException("Failed to resolve AWS credentials. The credential providers used to search for credentials returned the following errors: …"));

        var act = () => fixture.StartAsync(CancellationToken.None);

        (await act.Should().ThrowAsync<AwsTargetUnavailableException>())
            .WithMessage("No AWS credentials found*AWS_PROFILE*AWS_ACCESS_KEY_ID*AWS_SECRET_ACCESS_KEY*OIDC*Nothing was created.");
        var handlers = () => fixture.OperationHandlers.ToList();
        handlers.Should().Throw<InvalidOperationException>("a fixture that did not start supplies no handlers");
        recorder.Snapshot().RunEntries.Should().BeEmpty();
    }

    [Fact]
    public void The_real_account_supports_everything_and_the_endpoint_what_moto_has()
    {
        new RealAccountFixture("us-west-2", Recorder()).Capabilities.Should().BeEquivalentTo(AwsCapabilities.RealAccount);
        var endpoint = new AwsEndpointFixture(new Uri("http://127.0.0.1:5000"), "us-west-2", Recorder());
        endpoint.Capabilities.Should().BeEquivalentTo([AwsCapabilities.Sqs, AwsCapabilities.Iam, AwsCapabilities.Sts, AwsCapabilities.ApsControlPlane]);
        endpoint.Credentials.GetCredentials().AccessKey.Should().Be("test", "the endpoint fixture uses the emulators' dummy credentials");
    }

    [Fact]
    public async Task An_endpoint_that_does_not_answer_fails_naming_the_setting_and_the_url()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // nothing listens there any more: connections are refused
        await using var fixture = new AwsEndpointFixture(new Uri($"http://127.0.0.1:{port}"), "us-west-2", Recorder(), TimeSpan.FromSeconds(5));

        var act = () => fixture.StartAsync(CancellationToken.None);

        (await act.Should().ThrowAsync<AwsTargetUnavailableException>())
            .WithMessage($"KEDAGUIDE_AWS_ENDPOINT=http://127.0.0.1:{port}/ does not answer*nothing was created*moto_server -H 127.0.0.1 -p {port}*");
    }

    [Fact]
    public async Task An_endpoint_that_answers_but_is_not_aws_is_named_as_such()
    {
        using var server = new HttpListener();
        var port = FreePort();
        server.Prefixes.Add($"http://127.0.0.1:{port}/");
        server.Start();
        var serving = Task.Run(async () =>
        {
            while (server.IsListening)
            {
                HttpListenerContext context;
                try { context = await server.GetContextAsync(); }
                catch (Exception) { return; }
                context.Response.StatusCode = 404;
                await using (var body = new StreamWriter(context.Response.OutputStream)) await body.WriteAsync("<html>not AWS</html>".AsMemory(), TestContext.Current.CancellationToken);
            }
        }, TestContext.Current.CancellationToken);
        await using var fixture = new AwsEndpointFixture(new Uri($"http://127.0.0.1:{port}"), "us-west-2", Recorder(), TimeSpan.FromSeconds(5));

        var act = () => fixture.StartAsync(CancellationToken.None);

        (await act.Should().ThrowAsync<AwsTargetUnavailableException>()).WithMessage("KEDAGUIDE_AWS_ENDPOINT=*answers, but not as an AWS endpoint*");
        server.Stop();
        await serving;
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
