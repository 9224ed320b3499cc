using Amazon.Runtime;
using KedaGuidance.Harness.Aws;
using KedaGuidance.Harness.Aws.Cli;
using KedaGuidance.Harness.Aws.Eksctl;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Teardown;

namespace KedaGuidance.Harness.Tests.Aws;

public sealed class EksctlTests
{
    // eksctl v0.230.0 pkg/ctl/cmdutils/filter/filter.go: doSetExcludeExistingFilter logs
    //   "%d existing %s(s) (%s) will be excluded" and doLogInfo logs "%d %s (%s) was excluded (based on the include/exclude rules)"
    // ("%d %ss (%s) were %s" for more than one); kris-nova/logger prefixes a timestamp and "[ℹ]  ".
    private const string ExistingExcluded = """
        2026-12-01 03:40:01 [ℹ]  1 existing iamserviceaccount(s) (keda-sqs-guidance/sqsconsumer) will be excluded
        2026-12-01 03:40:01 [ℹ]  1 iamserviceaccount (keda-sqs-guidance/sqsconsumer) was excluded (based on the include/exclude rules)
        2026-12-01 03:40:01 [!]  serviceaccounts that exist in Kubernetes will be excluded, use --override-existing-serviceaccounts to override
        2026-12-01 03:40:01 [ℹ]  no tasks
        """;

    // pkg/ctl/create/iamserviceaccount.go warns this on every call without --override-existing-serviceaccounts.
    private const string Created = """
        2026-12-01 03:40:01 [ℹ]  1 iamserviceaccount (keda-sqs-guidance/sqsconsumer) was included (based on the include/exclude rules)
        2026-12-01 03:40:01 [!]  serviceaccounts that exist in Kubernetes will be excluded, use --override-existing-serviceaccounts to override
        2026-12-01 03:40:02 [ℹ]  building iamserviceaccount stack "eksctl-kg-nightly-addon-iamserviceaccount-keda-sqs-guidance-sqsconsumer"
        2026-12-01 03:40:02 [ℹ]  deploying stack "eksctl-kg-nightly-addon-iamserviceaccount-keda-sqs-guidance-sqsconsumer"
        2026-12-01 03:40:33 [ℹ]  created serviceaccount "keda-sqs-guidance/sqsconsumer"
        """;

    [Fact]
    public void The_excluded_answer_names_the_service_accounts_eksctl_left_out()
    {
        EksctlOutput.ExcludedServiceAccounts(ExistingExcluded).Should().Equal("keda-sqs-guidance/sqsconsumer");
        EksctlOutput.ExcludedServiceAccounts("[ℹ]  2 existing iamserviceaccount(s) (adot/adot-collector,keda-sqs-guidance/sqsconsumer) will be excluded\n" +
                                             "[ℹ]  2 iamserviceaccounts (adot/adot-collector, keda-sqs-guidance/sqsconsumer) were excluded (based on the include/exclude rules)")
            .Should().Equal("adot/adot-collector", "keda-sqs-guidance/sqsconsumer");
    }

    [Fact]
    public void A_created_service_account_and_the_warning_every_call_prints_are_not_an_exclusion() =>
        EksctlOutput.ExcludedServiceAccounts(Created).Should().BeEmpty("'serviceaccounts that exist in Kubernetes will be excluded' names nothing");

    [Fact]
    public void The_create_carries_the_cluster_the_policies_the_role_name_and_the_run_id_tag()
    {
        var create = new CreateIamServiceAccount("kg-nightly", "keda-sqs-guidance", "sqsconsumer", ["arn:aws:iam::123456789012:policy/sqsconsumer"],
            "sqsconsumerrole", "kg-1", "the consumer");

        create.Content.Should().Be("eksctl create iamserviceaccount --name sqsconsumer --namespace keda-sqs-guidance --cluster kg-nightly " +
            "--attach-policy-arn arn:aws:iam::123456789012:policy/sqsconsumer --role-name sqsconsumerrole --tags kedaguidance:run-id=kg-1 --approve");
        create.StackName.Should().Be("eksctl-kg-nightly-addon-iamserviceaccount-keda-sqs-guidance-sqsconsumer", "pkg/cfn/manager/iam.go makeIAMServiceAccountStackName");
        new CreateIamServiceAccount("c", "adot", "adot-collector", ["arn:aws:iam::aws:policy/AmazonPrometheusRemoteWriteAccess"], null, "kg-1", "x")
            .Arguments.Should().NotContain("--role-name", "the guide names no role for the collector; eksctl generates one");
    }

    [Fact]
    public async Task The_delete_is_registered_before_eksctl_runs_and_the_excluded_answer_takes_it_back_and_fails()
    {
        var (executor, ledger, seen) = Live(EksctlScript(ExistingExcluded), AwsScript(stackExists: false, roleExists: false));
        var accounts = new EksctlIamServiceAccounts(executor, ledger, "kg-1");

        var act = () => accounts.CreateAsync("kg-nightly", "keda-sqs-guidance", "sqsconsumer", ["arn:aws:iam::1:policy/sqsconsumer"], "sqsconsumerrole", "the consumer", CancellationToken.None);

        (await act.Should().ThrowAsync<EksctlExcludedException>()).WithMessage("*skipped keda-sqs-guidance/sqsconsumer on cluster kg-nightly*not this run's*will be excluded*");
        ledger.Pending.Should().BeEmpty("the suite never registers a delete for something it did not create");
        File.ReadAllText(seen).Should().Contain("--tags kedaguidance:run-id=kg-1");
    }

    [Fact]
    public async Task A_created_service_account_stays_registered_for_teardown()
    {
        var (executor, ledger, _) = Live(EksctlScript(Created), AwsScript(stackExists: false, roleExists: false));

        await new EksctlIamServiceAccounts(executor, ledger, "kg-1").CreateAsync("kg-nightly", "keda-sqs-guidance", "sqsconsumer", ["arn:aws:iam::1:policy/sqsconsumer"],
            "sqsconsumerrole", "the consumer", CancellationToken.None);

        ledger.Pending.Should().Equal("eksctl iamserviceaccount keda-sqs-guidance/sqsconsumer");
    }

    [Theory]
    [InlineData(true, false, "CloudFormation stack 'eksctl-kg-nightly-addon-iamserviceaccount-keda-sqs-guidance-sqsconsumer'")]
    [InlineData(false, true, "IAM role 'sqsconsumerrole'")]
    public async Task An_existing_stack_or_role_of_the_fixed_names_fails_before_eksctl_runs(bool stackExists, bool roleExists, string named)
    {
        var (executor, ledger, seen) = Live(EksctlScript(Created), AwsScript(stackExists, roleExists));

        var act = () => new EksctlIamServiceAccounts(executor, ledger, "kg-1").CreateAsync("kg-nightly", "keda-sqs-guidance", "sqsconsumer", ["arn:aws:iam::1:policy/sqsconsumer"],
            "sqsconsumerrole", "the consumer", CancellationToken.None);

        (await act.Should().ThrowAsync<ResourceNotOursException>()).WithMessage($"The {named} already exists*");
        File.Exists(seen).Should().BeFalse("eksctl never ran");
        ledger.Pending.Should().BeEmpty();
    }

    [Fact]
    public async Task A_missing_eksctl_says_what_to_install_not_a_bare_process_error()
    {
        if (OperatingSystem.IsWindows()) return; // the path below is POSIX
        var missing = Path.Combine(TestRuns.Scratch.Child("eksctl-missing").Path, "eksctl");
        var delete = new EksctlHandlers(missing).Operations.Single(h => h.Handles(new DeleteIamServiceAccount("kg-nightly", "keda-sqs-guidance", "sqsconsumer", "teardown")));

        var act = () => delete.ExecuteAsync(new DeleteIamServiceAccount("kg-nightly", "keda-sqs-guidance", "sqsconsumer", "teardown"), CancellationToken.None);

        (await act.Should().ThrowAsync<EksctlNotFoundException>()).Which.Message
            .Should().Contain("eksctl was not found").And.Contain(missing).And.Contain("Install eksctl").And.Contain("KEDAGUIDE_MODE=plan");
    }

    /// <summary>A live executor with the real eksctl and aws CLI handlers, over stand-in scripts.</summary>
    private static (IExecutor Executor, TeardownLedger Ledger, string EksctlArguments) Live((string Path, string Seen) eksctl, string aws)
    {
        var recorder = new RunRecorder("kg-1", "live", "eks", Directory.CreateTempSubdirectory("kg-ev-").FullName);
        var handlers = new HandlerRegistry();
        handlers.Add([.. new EksctlHandlers(eksctl.Path).Operations, new AwsCliHandler(new AwsCliRunner(new AwsConnection(null, "us-west-2", new BasicAWSCredentials("test", "test")), aws))], []);
        return (new LiveExecutor(recorder, handlers), new TeardownLedger(attempts: 1), eksctl.Seen);
    }

    private static (string Path, string Seen) EksctlScript(string output)
    {
        var folder = Directory.CreateTempSubdirectory("kg-eksctl-").FullName;
        var seen = Path.Combine(folder, "arguments");
        var script = FakeAwsCli.Script($"echo \"$*\" > '{seen}'\ncat <<'OUT'\n{output}\nOUT");
        return (script, seen);
    }

    private static string AwsScript(bool stackExists, bool roleExists) => FakeAwsCli.Script($$"""
        case "$1 $2" in
          "cloudformation describe-stacks") {{(stackExists ? "echo '{\"Stacks\":[{\"StackName\":\"x\",\"StackStatus\":\"CREATE_COMPLETE\"}]}'" : "echo 'An error occurred (ValidationError) when calling the DescribeStacks operation: Stack with id x does not exist' >&2; exit 254")}} ;;
          "iam get-role") {{(roleExists ? "echo '{\"Role\":{\"RoleName\":\"sqsconsumerrole\"}}'" : "echo 'An error occurred (NoSuchEntity) when calling the GetRole operation: not found' >&2; exit 254")}} ;;
          *) echo "unexpected: $*" >&2; exit 2 ;;
        esac
        """);
}
