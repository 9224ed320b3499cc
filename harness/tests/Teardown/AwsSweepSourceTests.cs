using System.Text.Json;
using KedaGuidance.Harness.Aws.Cli;
using KedaGuidance.Harness.Aws.Sweep;
using KedaGuidance.Harness.Teardown.Sweep;

namespace KedaGuidance.Harness.Tests.Teardown;

public sealed class AwsSweepSourceTests
{
    private const string Old = "kg-20200101-000000-abcd";

    /// <summary>An aws CLI seam answering by the joined arguments; "!CODE" answers fail with that error code.</summary>
    private static (AwsCliCall Call, List<string> Calls) Cli(Func<string, string> answer)
    {
        var calls = new List<string>();
        AwsCliCall call = (arguments, _) =>
        {
            var line = string.Join(' ', arguments);
            lock (calls) calls.Add(line);
            var json = answer(line);
            if (json.StartsWith('!'))
                throw new AwsCliException(json, new AwsCliResult(254, "", $"An error occurred ({json[1..]}) when calling the operation: {line}"));
            return Task.FromResult(JsonDocument.Parse(json).RootElement.Clone());
        };
        return (call, calls);
    }

    [Fact]
    public async Task An_eksctl_stack_loses_its_termination_protection_is_deleted_and_waited_out()
    {
        var describes = 0;
        var (aws, calls) = Cli(line => line switch
        {
            "cloudformation describe-stacks --stack-name eksctl-c-addon-iamserviceaccount-ns-sa" => ++describes switch
            {
                1 => """{"Stacks":[{"StackName":"eksctl-c-addon-iamserviceaccount-ns-sa","StackStatus":"CREATE_COMPLETE","EnableTerminationProtection":true}]}""",
                2 => """{"Stacks":[{"StackName":"eksctl-c-addon-iamserviceaccount-ns-sa","StackStatus":"DELETE_IN_PROGRESS","EnableTerminationProtection":false}]}""",
                _ => "!ValidationError",
            },
            _ => "{}",
        });

        await new CloudFormationSweepSource(aws, TimeSpan.FromMilliseconds(10))
            .DeleteAsync(new SweepCandidate("cloudformation", SweepOrder.CloudFormationStack, "eksctl-c-addon-iamserviceaccount-ns-sa", Old, null), CancellationToken.None);

        calls.Should().Equal(
            "cloudformation describe-stacks --stack-name eksctl-c-addon-iamserviceaccount-ns-sa",
            "cloudformation update-termination-protection --no-enable-termination-protection --stack-name eksctl-c-addon-iamserviceaccount-ns-sa",
            "cloudformation delete-stack --stack-name eksctl-c-addon-iamserviceaccount-ns-sa",
            "cloudformation describe-stacks --stack-name eksctl-c-addon-iamserviceaccount-ns-sa",
            "cloudformation describe-stacks --stack-name eksctl-c-addon-iamserviceaccount-ns-sa");
    }

    [Fact]
    public async Task A_stack_without_protection_is_only_deleted_and_delete_failed_is_reported()
    {
        var describes = 0;
        var (aws, calls) = Cli(line => !line.StartsWith("cloudformation describe-stacks", StringComparison.Ordinal)
            ? "{}"
            : ++describes == 1
                ? """{"Stacks":[{"StackName":"keda-guidance","StackStatus":"CREATE_COMPLETE","EnableTerminationProtection":false}]}"""
                : """{"Stacks":[{"StackName":"keda-guidance","StackStatus":"DELETE_FAILED"}]}""");

        var act = () => new CloudFormationSweepSource(aws, TimeSpan.FromMilliseconds(10))
            .DeleteAsync(new SweepCandidate("cloudformation", SweepOrder.CloudFormationStack, "keda-guidance", Old, null), CancellationToken.None);

        (await act.Should().ThrowAsync<InvalidOperationException>()).WithMessage("*keda-guidance is not gone*DELETE_FAILED*describe-stack-events*");
        calls.Should().NotContain(c => c.Contains("update-termination-protection"));
    }

    [Fact]
    public async Task Ecr_repositories_are_listed_with_their_tags_and_deleted_with_force()
    {
        var (aws, calls) = Cli(line => line switch
        {
            "ecr describe-repositories" => """
                {"repositories":[
                  {"repositoryName":"sqsconsumer","repositoryArn":"arn:aws:ecr:us-west-2:1:repository/sqsconsumer","createdAt":1577836800.5},
                  {"repositoryName":"theirs","repositoryArn":"arn:aws:ecr:us-west-2:1:repository/theirs","createdAt":"2020-01-01T00:00:00+00:00"}]}
                """,
            "ecr list-tags-for-resource --resource-arn arn:aws:ecr:us-west-2:1:repository/sqsconsumer" => $$"""{"tags":[{"Key":"kedaguidance:run-id","Value":"{{Old}}"}]}""",
            "ecr list-tags-for-resource --resource-arn arn:aws:ecr:us-west-2:1:repository/theirs" => """{"tags":[]}""",
            "ecr delete-repository --repository-name sqsconsumer --force" => "!RepositoryNotFoundException",
            _ => "{}",
        });
        var source = new EcrSweepSource(aws);

        var listed = await source.ListAsync(CancellationToken.None);
        await source.DeleteAsync(listed[0], CancellationToken.None); // already gone: done

        listed.Select(c => (c.Kind, c.Name, c.RunId)).Should().Equal((SweepOrder.EcrRepository, "sqsconsumer", Old), (SweepOrder.EcrRepository, "theirs", null));
        foreach (var created in listed.Select(c => c.CreatedAt))
            created.Should().BeCloseTo(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromSeconds(1), "the CLI prints ECR's createdAt as epoch seconds (v1) or ISO 8601 (v2)");
        calls.Should().Contain("ecr delete-repository --repository-name sqsconsumer --force");
    }
}
