using FluentAssertions;
using KedaGuidance.Fixtures.Aws;
using KedaGuidance.Fixtures.Session;
using KedaGuidance.Harness.Aws;
using KedaGuidance.Harness.Aws.Sqs;
using KedaGuidance.Harness.Configuration;
using KedaGuidance.Steps.Runner;
using Reqnroll;

namespace KedaGuidance.Steps.Bindings;

/// <summary>Steps of the guide's AWS side (features/07-aws-sqs.feature): each phrase is one call of <see cref="GuideSqsSection"/>.</summary>
[Binding]
public sealed class AwsSteps(SuiteSession session, ScenarioCancellation cancellation, ITestOutputHelper output)
{
    private GuideSqsSection? _section;
    private SendReport? _sent;

    private GuideSqsSection Section => _section ?? throw new InvalidOperationException("The scenario has no AWS target: its Background must start with \"Given the run's AWS target\".");
    private CancellationToken Token => cancellation.Token;

    [Given("the run's AWS target")]
    public async Task GivenTheRunsAwsTarget()
    {
        var aws = await session.UseAwsAsync(Token);
        var target = aws.Aws;
        // The target's cluster gives the trust policy its OIDC id (on eks: describe-cluster, the OIDC provider checked);
        // without a target (an endpoint alone) there is no cluster, and the example id is a declared deviation.
        var cluster = session.Run.Profile is { } profile ? await profile.Cluster.ResolveAsync(session.Run, aws.ForCluster, contextServer: null, Token) : null;
        _section = new GuideSqsSection(session.Run, target, cluster);
        output.WriteLine($"AWS target: {target.Name}, region {target.Region}{(target.Planned ? " (planned: nothing is contacted)" : "")}");
    }

    [Given("the target supports {word}")]
    public void GivenTheTargetSupports(string capability)
    {
        if (AwsCapabilities.SkipReason(Section.Target, c => AwsTargets.WhoSupports(session.Settings, c), capability) is { } reason)
            Assert.Skip(reason);
    }

    [Given("the guide's queue name is {word}")]
    public void GivenTheQueueName(string queue)
    {
        queue.Should().Be(Section.GuideQueueName, "the feature names the queue the guide's QUEUE_NAME exports");
        output.WriteLine($"QUEUE_NAME={Section.QueueName}");
    }

    [When("the guide creates the queue {word} and exports QUEUE_URL")]
    public async Task WhenTheGuideCreatesTheQueue(string queue)
    {
        queue.Should().Be(Section.GuideQueueName, "the feature names the queue the guide's QUEUE_NAME exports");
        output.WriteLine($"QUEUE_URL={await Section.CreateQueueAsync(Token)}");
    }

    [Then("QUEUE_URL is the created queue's URL")]
    public void ThenQueueUrlIsTheCreatedQueuesUrl()
    {
        var url = new Uri(Section.QueueUrl);
        if (Section.Target.Planned)
            url.Host.Should().Be("plan.invalid", "a planned queue URL must never look like a real one");
        url.AbsolutePath.TrimEnd('/').Should().EndWith("/" + Section.QueueName);
    }

    [When("the guide sends {int} messages to the queue")]
    public async Task WhenTheGuideSendsMessages(int count)
    {
        _sent = await Section.SendMessagesAsync(count, Token);
        output.WriteLine(_sent.Describe());
    }

    [Then("all {int} messages were accepted")]
    public void ThenAllMessagesWereAccepted(int count)
    {
        _sent.Should().NotBeNull();
        if (!_sent!.Planned)
            _sent.Sent.Should().Be(count, _sent.Describe());
    }

    [Then("the queue holds {int} messages, visible plus not visible")]
    public async Task ThenTheQueueHolds(int count) => output.WriteLine((await Section.ExpectQueueHoldsAsync(count, Token)).Observed);

    [When("the queue is purged")]
    public Task WhenTheQueueIsPurged() => Section.PurgeAsync(Token);

    [When("the guide deletes the queue")]
    public Task WhenTheGuideDeletesTheQueue() => Section.DeleteQueueAsync(Token);

    [Then("the queue no longer exists")]
    public async Task ThenTheQueueNoLongerExists() => output.WriteLine((await Section.ExpectQueueGoneAsync(Token)).Observed);

    [When("the guide creates the KEDA operator role from the rendered trust policy")]
    public async Task WhenTheGuideCreatesTheKedaOperatorRole() => output.WriteLine($"role: {await Section.CreateKedaOperatorRoleAsync(Token)}");

    [When("the guide creates the policy {word} from the rendered {word}")]
    public async Task WhenTheGuideCreatesThePolicy(string policyName, string guideFile) =>
        output.WriteLine($"policy: {await Section.CreatePolicyAsync(policyName, guideFile, Token)}");

    [When("the guide attaches the policy {word} to the KEDA operator role")]
    public Task WhenTheGuideAttachesThePolicy(string policyName) => Section.AttachToRoleAsync(policyName, Token);

    [Then("the rendered policies name the queue's ARN in the target's account and region")]
    public void ThenTheRenderedPoliciesNameTheQueuesArn()
    {
        var rendered = Section.Render();
        var arn = $"arn:aws:sqs:{Section.Target.Region}:{Section.Target.Account}:{Section.QueueName}";
        foreach (var file in new[] { Harness.Guide.GuideLayout.SqsKedaPolicy, Harness.Guide.GuideLayout.SqsConsumerPolicy })
            rendered[file].Text.Should().Contain($"\"{arn}\"", $"{file} rendered with envsubst must grant access to the guide's queue");
    }

    [When("the guide deletes the policy {word}")]
    public Task WhenTheGuideDeletesThePolicy(string policyName) => Section.DeletePolicyAsync(policyName, Token);

    [When("the guide detaches the policy {word} from the KEDA operator role")]
    public Task WhenTheGuideDetachesThePolicy(string policyName) => Section.DetachFromRoleAsync(policyName, Token);

    [Then("the policies {word} and {word} no longer exist")]
    public async Task ThenThePoliciesNoLongerExist(string first, string second)
    {
        await Section.ExpectPolicyGoneAsync(first, Token);
        await Section.ExpectPolicyGoneAsync(second, Token);
    }

    [When("the suite deletes the KEDA operator role it created")]
    public Task WhenTheSuiteDeletesTheRole() => Section.DeleteRoleAsync(Token);

    [Then("the KEDA operator role no longer exists")]
    public Task ThenTheKedaOperatorRoleNoLongerExists() => Section.ExpectRoleGoneAsync(Token);

    [Given("the leak check was asked for with KEDAGUIDE_DELIBERATE_FAILURE")]
    public void GivenTheLeakCheckWasAskedFor()
    {
        if (session.Settings.DeliberateFailure == DeliberateFailure.Off)
            Assert.Skip($"runs only as CI's leak check: set {SettingNames.DeliberateFailure}=fail (or wait-for-cancel) with an AWS target; it then fails on purpose after creating a queue, a role and a policy, and teardown must remove them.");
    }

    [Then("the scenario fails on purpose, and teardown must remove the queue, the role and the policy")]
    public async Task ThenTheScenarioFailsOnPurpose()
    {
        var pending = string.Join(", ", session.Ledger.Pending);
        if (session.Settings.DeliberateFailure == DeliberateFailure.WaitForCancel)
        {
            // Waits for the run's cancellation (CI sends SIGINT), not for a guessed time.
            output.WriteLine($"waiting to be cancelled with resources in place: {pending}");
            await Task.Delay(Timeout.Infinite, Token);
        }
        throw new InvalidOperationException($"Failed on purpose ({SettingNames.DeliberateFailure}=fail) with these resources waiting for teardown: {pending}.");
    }
}
