using KedaGuidance.Harness.Aws;
using KedaGuidance.Harness.Aws.Cli;
using KedaGuidance.Harness.Aws.CloudFormation;
using KedaGuidance.Harness.Aws.Ecr;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Tests.Aws;

public sealed class StackAndRepositoryOperationTests
{
    [Fact]
    public void Create_stack_is_the_guides_command_with_the_run_tag()
    {
        var operation = new CreateStack("keda-guidance", "/g/scaledobject-samples/prometheus/cloudformation/requirements.yaml", "kg-1");

        operation.Content.Should().Be("aws cloudformation create-stack --stack-name keda-guidance --template-body " +
            "file:///g/scaledobject-samples/prometheus/cloudformation/requirements.yaml --tags Key=kedaguidance:run-id,Value=kg-1");
        FakeAwsCli.Interpret(operation, 0, """{"StackId": "arn:aws:cloudformation:us-west-2:123456789012:stack/keda-guidance/1"}""")
            .Should().Be("arn:aws:cloudformation:us-west-2:123456789012:stack/keda-guidance/1");
    }

    [Fact]
    public void Describe_stack_reads_status_and_outputs_and_a_missing_stack_is_an_answer()
    {
        var state = (StackState)FakeAwsCli.Interpret(new DescribeStack("keda-guidance"), 0, """
            {"Stacks": [{"StackName": "keda-guidance", "StackStatus": "CREATE_COMPLETE", "Outputs": [
              {"OutputKey": "SampleAppECR", "OutputValue": "123456789012.dkr.ecr.us-west-2.amazonaws.com/sample-app"},
              {"OutputKey": "PrometheusWorkspace", "OutputValue": "ws-1"}]}]}
            """)!;

        state.Should().BeEquivalentTo(new { Exists = true, Status = "CREATE_COMPLETE" });
        state.Outputs.Should().Contain("SampleAppECR", "123456789012.dkr.ecr.us-west-2.amazonaws.com/sample-app").And.Contain("PrometheusWorkspace", "ws-1");
        FakeAwsCli.Interpret(new DescribeStack("keda-guidance"), 254, "", "An error occurred (ValidationError) when calling the DescribeStacks operation: Stack with id keda-guidance does not exist")
            .Should().Be(StackState.Missing);
    }

    [Theory]
    [InlineData("CREATE_IN_PROGRESS", false)]
    [InlineData("DELETE_IN_PROGRESS", false)]
    [InlineData("ROLLBACK_COMPLETE", true)]
    [InlineData("CREATE_COMPLETE", true)]
    [InlineData("DOES_NOT_EXIST", true)]
    public void Only_in_progress_statuses_may_still_change(string status, bool terminal) =>
        StackReachesHandler.IsTerminal(status).Should().Be(terminal);

    [Fact]
    public void Ecr_repository_operations_are_the_guides_commands_and_tolerate_a_missing_repository_on_delete()
    {
        var create = new CreateRepository("sqsconsumer", "kg-1");
        create.Content.Should().Be("aws ecr create-repository --repository-name sqsconsumer --image-scanning-configuration scanOnPush=true --tags Key=kedaguidance:run-id,Value=kg-1");
        FakeAwsCli.Interpret(create, 0, """{"repository": {"repositoryUri": "123456789012.dkr.ecr.us-west-2.amazonaws.com/sqsconsumer"}}""")
            .Should().Be("123456789012.dkr.ecr.us-west-2.amazonaws.com/sqsconsumer");
        create.Planned().Should().Contain("plan.invalid");

        var notFound = "An error occurred (RepositoryNotFoundException) when calling the DeleteRepository operation: not found";
        new DeleteRepository("sqsconsumer").Content.Should().EndWith("--force");
        FakeAwsCli.Interpret(new DeleteRepository("sqsconsumer"), 254, "", notFound).Should().Be(Done.Value);
        FakeAwsCli.Interpret(new EcrRepositoryExists("sqsconsumer"), 254, "", notFound).Should().Be(false);
    }

    [Fact]
    public async Task The_stack_wait_ends_at_once_on_a_terminal_status_that_is_not_the_one_expected()
    {
        var script = FakeAwsCli.Script("""echo '{"Stacks": [{"StackName": "keda-guidance", "StackStatus": "ROLLBACK_COMPLETE"}]}'""");
        var runner = new AwsCliRunner(new AwsConnection(null, "us-west-2", new Amazon.Runtime.BasicAWSCredentials("a", "b")), script);
        IExpectationHandler handler = new StackReachesHandler(runner, TimeSpan.FromSeconds(10));

        var result = await handler.AwaitAsync(new StackReaches("keda-guidance", "CREATE_COMPLETE") { Budget = WaitBudget.Sum(("test", TimeSpan.FromMinutes(5))) }, CancellationToken.None);

        result.Met.Should().BeFalse();
        result.Observed.Should().Be("ROLLBACK_COMPLETE (terminal: it will not reach CREATE_COMPLETE)");
        result.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "a terminal status ends the wait without another poll");
    }
}
