using Amazon.Runtime;
using KedaGuidance.Harness.Aws;
using KedaGuidance.Harness.Aws.Cli;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Keda;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Teardown;
using KedaGuidance.Harness.Tests.Aws;

namespace KedaGuidance.Harness.Tests.Keda;

/// <summary>
/// The KEDA operator role owned by the run: read with its tags first (aws iam get-role, botocore's GetRoleResponse
/// Role.Tags), created tagged only when absent, used only when this run tagged it, never attached to otherwise. Through
/// the real aws CLI handler over a stand-in script; every call is logged.
/// </summary>
public sealed class KedaOperatorRoleTests
{
    private const string RoleArn = "arn:aws:iam::123456789012:role/keda-operator-role";

    [Fact]
    public async Task A_role_of_that_name_without_the_run_id_tag_is_refused_and_nothing_is_created_or_registered()
    {
        var (run, calls) = Live(GetRole("[{\"Key\":\"team\",\"Value\":\"payments\"}]"));

        var act = () => new KedaOperatorRole(run).CreateAsync("keda-operator-role", ("/tmp/trust.json", "{}"), CancellationToken.None);

        (await act.Should().ThrowAsync<ResourceNotOursException>()).WithMessage("The IAM role 'keda-operator-role' already exists (it carries no kedaguidance:run-id tag*");
        File.ReadAllLines(calls).Should().Equal("iam get-role --role-name keda-operator-role");
        run.Ledger.Pending.Should().BeEmpty("the suite never registers a delete for a role it did not create");
    }

    [Fact]
    public async Task Nothing_is_attached_to_a_role_the_run_did_not_create()
    {
        var (run, calls) = Live(GetRole("[]"));

        var act = () => new KedaOperatorRole(run).RequireOwnAsync("keda-operator-role", CancellationToken.None);

        await act.Should().ThrowAsync<ResourceNotOursException>();
        File.ReadAllLines(calls).Should().Equal("iam get-role --role-name keda-operator-role");
    }

    [Fact]
    public async Task Another_runs_role_is_left_for_the_sweep()
    {
        var (run, _) = Live(GetRole("[{\"Key\":\"kedaguidance:run-id\",\"Value\":\"kg-old\"}]"));

        var act = () => new KedaOperatorRole(run).CreateAsync("keda-operator-role", ("/tmp/trust.json", "{}"), CancellationToken.None);

        (await act.Should().ThrowAsync<ResourceNotOursException>()).WithMessage("*tagged kedaguidance:run-id=kg-old, another run's*KEDAGUIDE_SWEEP_RUN_ID=kg-old*");
    }

    [Fact]
    public async Task The_role_this_run_created_is_used_as_it_is()
    {
        var (run, calls) = Live(GetRole("[{\"Key\":\"kedaguidance:run-id\",\"Value\":\"kg-1\"}]"));

        (await new KedaOperatorRole(run).CreateAsync("keda-operator-role", ("/tmp/trust.json", "{}"), CancellationToken.None)).Should().Be(RoleArn);
        await new KedaOperatorRole(run).RequireOwnAsync("keda-operator-role", CancellationToken.None);
        File.ReadAllLines(calls).Should().Equal("iam get-role --role-name keda-operator-role", "iam get-role --role-name keda-operator-role");
    }

    [Fact]
    public async Task An_absent_role_is_created_tagged_with_the_run_id_and_its_delete_registered()
    {
        var (run, calls) = Live("""
              "iam get-role") echo 'An error occurred (NoSuchEntity) when calling the GetRole operation: The role with name keda-operator-role cannot be found.' >&2; exit 254 ;;
              "iam create-role") echo '{"Role":{"RoleName":"keda-operator-role","Arn":"arn:aws:iam::123456789012:role/keda-operator-role"}}' ;;
            """);

        (await new KedaOperatorRole(run).CreateAsync("keda-operator-role", ("/tmp/trust.json", "{\"Version\":\"2012-10-17\"}"), CancellationToken.None)).Should().Be(RoleArn);

        File.ReadAllLines(calls).Should().Equal("iam get-role --role-name keda-operator-role",
            "iam create-role --role-name keda-operator-role --assume-role-policy-document file:///tmp/trust.json --tags Key=kedaguidance:run-id,Value=kg-1");
        run.Ledger.Pending.Should().Equal("iam role keda-operator-role");
        run.Recorder.CurrentEntries().Single(e => e.Kind == "iam.create-role").Content.Should().Contain("# trust.json\n{\"Version\":\"2012-10-17\"}",
            "the plan and the record show the trust policy the role is created with");
    }

    private static string GetRole(string tags) =>
        $$$"""  "iam get-role") echo '{"Role":{"RoleName":"keda-operator-role","Arn":"{{{RoleArn}}}","Tags":{{{tags}}}}}' ;;""";

    private static (RunContext Run, string Calls) Live(string cases)
    {
        var calls = Path.Combine(Directory.CreateTempSubdirectory("kg-calls-").FullName, "calls");
        File.WriteAllText(calls, "");
        var script = FakeAwsCli.Script($$"""
            echo "$*" | sed 's/ --output json.*//' >> '{{calls}}'
            case "$1 $2" in
            {{cases}}
              *) echo "unexpected: $*" >&2; exit 2 ;;
            esac
            """);
        var settings = TestRuns.PlanSettings("eks", TestRuns.TestDataGuide, "kg-1");
        var recorder = new RunRecorder(settings.RunId, "live", "eks", Directory.CreateTempSubdirectory("kg-ev-").FullName);
        recorder.BeginScenario("s", "f", "t", []);
        var handlers = new HandlerRegistry();
        handlers.Add([new AwsCliHandler(new AwsCliRunner(new AwsConnection(null, "us-west-2", new BasicAWSCredentials("test", "test")), script))], []);
        return (new RunContext(settings, TestRuns.TestDataGuide, new LiveExecutor(recorder, handlers), new TeardownLedger(attempts: 1), recorder, null, TestRuns.Scratch.Child("role")), calls);
    }
}
