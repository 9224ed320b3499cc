using Amazon.Runtime;
using KedaGuidance.Harness.Aws;
using KedaGuidance.Harness.Aws.Cli;
using KedaGuidance.Harness.Aws.Iam;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Tests.Aws;

public sealed class AwsResourceAbsentTests
{
    private static readonly AwsConnection Connection = new(null, "us-west-2", new BasicAWSCredentials("test", "test"));

    [Fact]
    public async Task A_deleted_role_still_seen_by_a_read_is_polled_until_iam_says_not_found()
    {
        // An eventually consistent IAM: the first two get-role calls still find the role.
        var counter = Path.Combine(Directory.CreateTempSubdirectory("kg-absent-").FullName, "n");
        var aws = FakeAwsCli.Script($$$"""
            n=$(cat '{{{counter}}}' 2>/dev/null || echo 0); n=$((n+1)); echo $n > '{{{counter}}}'
            if [ $n -le 2 ]; then echo '{"Role":{"RoleName":"keda-operator-role"}}'; else echo 'An error occurred (NoSuchEntity) when calling the GetRole operation: not found' >&2; exit 254; fi
            """);
        var handler = (IExpectationHandler)new AwsResourceAbsentHandler(new AwsCliRunner(Connection, aws), TimeSpan.FromMilliseconds(10));

        var result = await handler.AwaitAsync(new AwsResourceAbsent("IAM role keda-operator-role", new IamRoleExists("keda-operator-role"))
        {
            Budget = WaitBudget.Sum(("test", TimeSpan.FromSeconds(30))),
        }, CancellationToken.None);

        result.Met.Should().BeTrue();
        File.ReadAllText(counter).Trim().Should().Be("3", "read once, it would have failed as 'still exists'");
    }

    [Fact]
    public async Task A_role_that_stays_is_not_met_within_the_budget()
    {
        var aws = FakeAwsCli.Script("""echo '{"Role":{"RoleName":"r"}}'""");
        var handler = (IExpectationHandler)new AwsResourceAbsentHandler(new AwsCliRunner(Connection, aws), TimeSpan.FromMilliseconds(20));

        var result = await handler.AwaitAsync(new AwsResourceAbsent("IAM role r", new IamRoleExists("r")) { Budget = WaitBudget.Sum(("test", TimeSpan.FromMilliseconds(300))) }, CancellationToken.None);

        result.Met.Should().BeFalse();
        result.Observed.Should().Be("still exists");
    }
}
