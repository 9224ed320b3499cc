using FluentAssertions;
using KedaGuidance.Fixtures.Scaling;
using KedaGuidance.Fixtures.Session;
using KedaGuidance.Harness.Aws;
using KedaGuidance.Harness.Workloads;
using KedaGuidance.Steps.Runner;
using Reqnroll;

namespace KedaGuidance.Steps.Bindings;

/// <summary>features/02-sqs-scale-zero-to-n.feature: each phrase is one call of <see cref="SqsScalingSection"/> or <see cref="GuideSqsSection"/>.</summary>
[Binding]
public sealed class SqsScalingSteps(ScalingScenario scenario, SuiteSession session, ScenarioCancellation cancellation, ITestOutputHelper output)
{
    private GuideSqsSection? _aws;
    private SqsScalingSection? _sqs;

    private GuideSqsSection Aws => _aws ?? throw new InvalidOperationException("Start with \"Given the run's cluster and AWS for the SQS example\".");
    private SqsScalingSection Sqs => _sqs ?? throw new InvalidOperationException("Start with \"Given the run's cluster and AWS for the SQS example\".");
    private CancellationToken Token => cancellation.Token;

    [Given("the run's cluster and AWS for the SQS example")]
    public async Task GivenTheClusterAndAws()
    {
        var (site, aws, cluster) = await ScalingTargets.UseAsync(session, needsAws: true, Token);
        _aws = new GuideSqsSection(session.Run, aws, cluster);
        _sqs = new SqsScalingSection(session.Run, _aws, site);
        scenario.Section = _sqs;
        output.WriteLine($"target {session.Settings.Target}, AWS {aws.Name}{(aws.Planned ? " (planned)" : "")}");
    }

    [Given("the guide's queue {word} is created")]
    public async Task GivenTheQueueIsCreated(string queue)
    {
        queue.Should().Be(Aws.GuideQueueName, "the feature names the queue the guide's QUEUE_NAME exports");
        output.WriteLine($"QUEUE_URL={await Aws.CreateQueueAsync(Token)}");
    }

    [When("the consumer image is built from the guide's Dockerfile")]
    public async Task WhenTheImageIsBuilt() => output.WriteLine($"image: {await Sqs.BuildConsumerImageAsync(Token)}");

    [When("the namespace {word} is created")]
    public Task WhenTheNamespaceIsCreated(string name)
    {
        name.Should().Be(Sqs.Namespace, "the feature names the namespace the guide's consumer Deployment is applied into");
        return Sqs.CreateNamespaceAsync(Token);
    }

    [When("the consumer's service account {word} is created")]
    public Task WhenTheServiceAccountIsCreated(string name)
    {
        name.Should().Be(Sqs.ServiceAccount, "the feature names the service account the guide's consumer Deployment runs as");
        return Sqs.CreateConsumerServiceAccountAsync(Token);
    }

    [When("the guide's consumer Deployment is applied with 0 replicas")]
    public Task WhenTheDeploymentIsApplied() => Sqs.ApplyConsumerDeploymentAsync(Token);

    [When("the guide's ScaledObject {word} is rendered for this target")]
    public void WhenTheScaledObjectIsRendered(string name)
    {
        name.Should().Be(Sqs.ScaledObjectName, "the feature names the guide's ScaledObject");
        Sqs.RenderScaledObject();
    }

    [Then("with the queue empty the Deployment stays at 0 replicas for two polling intervals")]
    public async Task ThenItStaysAtZero() => output.WriteLine((await Sqs.ExpectStaysAtZeroAsync(Token)).Observed);

    [When("{int} messages are sent to the queue as the guide does")]
    public async Task WhenTheGuideSendsMessages(int count)
    {
        var report = await Aws.SendMessagesAsync(count, Token);
        output.WriteLine(report.Describe());
        if (!report.Planned)
            report.Sent.Should().Be(count, report.Describe());
        _messages = count;
    }

    private int _messages;

    [Then("the Deployment leaves 0 replicas within the oracle's bounds, never above {int}")]
    public async Task ThenItLeavesZero(int max)
    {
        Sqs.Spec.MaxReplicas.Should().Be(max, "the oracle checks against the ScaledObject's maxReplicaCount");
        output.WriteLine((await Sqs.ExpectLeavesZeroAsync(Token)).Observed);
    }

    [Then("the operator log shows \"Successfully updated ScaleTarget\" from 0 replicas")]
    public async Task ThenActivationIsLogged() => output.WriteLine((await Sqs.ExpectActivationLoggedAsync(Token)).Observed);

    [Then("the queue drains and the Deployment returns to 0 replicas within cooldownPeriod + pollingInterval + slack")]
    public async Task ThenItReturnsToZero() => output.WriteLine((await Sqs.ExpectDrainsAndReturnsToZeroAsync(_messages, Token)).Observed);

    [Then("the drained queue holds {int} messages")]
    public async Task ThenTheQueueHolds(int count) => output.WriteLine((await Aws.ExpectQueueHoldsAsync(count, Token)).Observed);

    [Then("the operator log shows \"Successfully set ScaleTarget replicas count to ScaledObject minReplicaCount\"")]
    public async Task ThenReturnIsLogged() => output.WriteLine((await Sqs.ExpectReturnLoggedAsync(Token)).Observed);
}
