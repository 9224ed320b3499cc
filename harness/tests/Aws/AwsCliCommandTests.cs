using Amazon.Runtime;
using KedaGuidance.Harness.Aws;
using KedaGuidance.Harness.Aws.Cli;

namespace KedaGuidance.Harness.Tests.Aws;

public sealed class AwsCliCommandTests
{
    private static readonly ImmutableCredentials Keys = new("AKIAEXAMPLEKEY", "wJalrXUtnFEMI/EXAMPLESECRET", "SESSIONTOKENEXAMPLE");

    private static AwsConnection Endpoint => new(new Uri("http://127.0.0.1:5000"), "us-west-2", new BasicAWSCredentials("x", "y"));

    [Fact]
    public void Credentials_region_and_endpoint_travel_in_the_environment_never_in_the_arguments()
    {
        var invocation = AwsCliCommand.Build(["iam", "get-role", "--role-name", "keda-operator-role"], Endpoint, Keys);

        invocation.Arguments.Should().Equal("iam", "get-role", "--role-name", "keda-operator-role", "--output", "json");
        invocation.Arguments.Should().NotContain(a => a.Contains("AKIA") || a.Contains("SECRET") || a.Contains("TOKEN") || a.Contains("endpoint") || a.Contains("127.0.0.1"));
        invocation.Environment["AWS_ACCESS_KEY_ID"].Should().Be("AKIAEXAMPLEKEY");
        invocation.Environment["AWS_SECRET_ACCESS_KEY"].Should().Be("wJalrXUtnFEMI/EXAMPLESECRET");
        invocation.Environment["AWS_SESSION_TOKEN"].Should().Be("SESSIONTOKENEXAMPLE");
        invocation.Environment["AWS_DEFAULT_REGION"].Should().Be("us-west-2");
        invocation.Environment["AWS_ENDPOINT_URL"].Should().Be("http://127.0.0.1:5000/");
        invocation.ToString().Should().Be("aws iam get-role --role-name keda-operator-role --output json");
    }

    [Fact]
    public void A_real_account_removes_any_inherited_endpoint_and_profile_so_the_child_acts_as_the_resolved_identity()
    {
        var real = new AwsConnection(null, "eu-west-1", new BasicAWSCredentials("x", "y"));

        var invocation = AwsCliCommand.Build(["sts", "get-caller-identity"], real, new ImmutableCredentials("AKIA1", "secret1", null));

        invocation.Environment.Should().Contain(new KeyValuePair<string, string?>("AWS_ENDPOINT_URL", null))
            .And.Contain(new KeyValuePair<string, string?>("AWS_PROFILE", null))
            .And.Contain(new KeyValuePair<string, string?>("AWS_SESSION_TOKEN", null))
            .And.Contain(new KeyValuePair<string, string?>("AWS_REGION", "eu-west-1"));
    }

    [Fact]
    public void An_argument_carrying_a_credential_is_refused()
    {
        var act = () => AwsCliCommand.Build(["configure", "set", "aws_secret_access_key", Keys.SecretKey], Endpoint, Keys);

        act.Should().Throw<ArgumentException>().WithMessage("*credential*environment*");
    }

    [Fact]
    public void Dummy_credentials_do_not_make_ordinary_arguments_suspect()
    {
        var invocation = AwsCliCommand.Build(["iam", "create-policy", "--policy-name", "latest-test"], Endpoint, new ImmutableCredentials("test", "test", null));

        invocation.Arguments.Should().Contain("latest-test");
    }

    [Fact]
    public void The_display_quotes_what_a_shell_would_split()
    {
        AwsCliCommand.Display(["sqs", "send-message", "--message-body", "two words", "--x", "it's"])
            .Should().Be("aws sqs send-message --message-body 'two words' --x 'it'\\''s'");
    }
}
