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
}
