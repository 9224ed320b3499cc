using System.Text.Json;
using Amazon.Runtime;
using KedaGuidance.Harness.Aws;
using KedaGuidance.Harness.Aws.Cli;

namespace KedaGuidance.Harness.Tests.Aws;

public sealed class AwsCliRunnerTests
{
    private static readonly AwsConnection Connection = new(new Uri("http://127.0.0.1:5999"), "us-west-2", new BasicAWSCredentials("AKIAFAKE", "fake-secret"));

    [Fact]
    public async Task A_missing_cli_is_a_clear_error_saying_how_to_install_it()
    {
        var runner = new AwsCliRunner(Connection, executable: Path.Combine(Path.GetTempPath(), "no-such-folder-kg", "aws"));

        var act = () => runner.RunAsync(["sts", "get-caller-identity"], CancellationToken.None);

        (await act.Should().ThrowAsync<AwsCliNotFoundException>()).WithMessage("aws CLI not found on PATH*pip install awscli*");
    }

    [Fact]
    public void Locate_finds_aws_on_a_path_and_nothing_on_an_empty_one()
    {
        var folder = Directory.CreateTempSubdirectory("kg-path-").FullName;
        File.WriteAllText(Path.Combine(folder, "aws"), "");

        AwsCliRunner.Locate($"/nonexistent-kg{Path.PathSeparator}{folder}").Should().Be(Path.Combine(folder, "aws"));
        AwsCliRunner.Locate("").Should().BeNull();
        AwsCliRunner.Locate(null).Should().BeNull();
    }

    [Fact]
    public async Task The_child_process_gets_credentials_and_endpoint_in_its_environment_only()
    {
        var script = FakeAwsCli.Script("""
            printf '{"args":"%s","key":"%s","secret":"%s","endpoint":"%s","region":"%s"}' "$*" "$AWS_ACCESS_KEY_ID" "$AWS_SECRET_ACCESS_KEY" "$AWS_ENDPOINT_URL" "$AWS_DEFAULT_REGION"
            """);

        var result = await new AwsCliRunner(Connection, script).RunAsync(["iam", "list-roles"], CancellationToken.None);

        var seen = JsonSerializer.Deserialize<Dictionary<string, string>>(result.StandardOutput)!;
        seen["args"].Should().Be("iam list-roles --output json");
        seen["key"].Should().Be("AKIAFAKE");
        seen["secret"].Should().Be("fake-secret");
        seen["endpoint"].Should().Be("http://127.0.0.1:5999/");
        seen["region"].Should().Be("us-west-2");
    }

    [Theory]
    [InlineData("aws-cli/1.28.9 Python/3.11.2 Linux/6.1 botocore/1.30.9", false)]
    [InlineData("aws-cli/1.29.0 Python/3.11.2 Linux/6.1 botocore/1.31.0", true)]
    [InlineData("aws-cli/1.45.11 Python/3.11.7 Linux/6.18 botocore/1.43.11", true)]
    [InlineData("aws-cli/2.12.7 Python/3.11.4 Linux/6.1 exe/x86_64", false)]
    [InlineData("aws-cli/2.13.0 Python/3.11.4 Linux/6.1 exe/x86_64", true)]
    public void The_endpoint_variable_is_honoured_from_cli_1_29_and_2_13(string output, bool honoured) =>
        AwsCliVersion.Parse(output)!.HonoursEndpointVariable.Should().Be(honoured);

    [Fact]
    public async Task A_cli_too_old_for_AWS_ENDPOINT_URL_is_refused_before_any_call_against_the_emulator()
    {
        var log = Path.Combine(Directory.CreateTempSubdirectory("kg-cli-log-").FullName, "calls");
        var script = FakeAwsCli.Script($"echo \"$*\" >> {log}; echo '{{}}'", version: "aws-cli/2.12.7 Python/3.11.4 Linux/6.1 exe/x86_64");
        var runner = new AwsCliRunner(Connection, script);

        var act = () => runner.RunAsync(["iam", "create-role"], CancellationToken.None);

        (await act.Should().ThrowAsync<AwsCliTooOldException>()).WithMessage("*version 2.12.7*AWS_ENDPOINT_URL*v1.29.0 (v1) and v2.13.0 (v2)*real AWS*");
        File.Exists(log).Should().BeFalse("nothing may reach the CLI's real-AWS default");
        await act.Should().ThrowAsync<AwsCliTooOldException>("the check is made once and its outcome kept");
    }

    [Fact]
    public async Task Without_an_endpoint_the_version_does_not_matter()
    {
        var script = FakeAwsCli.Script("echo '{}'", version: "aws-cli/1.18.0 Python/3.8 Linux/5 botocore/1.17.0");
        var real = Connection with { Endpoint = null };

        var result = await new AwsCliRunner(real, script).RunAsync(["sts", "get-caller-identity"], CancellationToken.None);

        result.ExitCode.Should().Be(0);
    }
}
