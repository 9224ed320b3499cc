using FluentAssertions;
using KedaGuidance.Fixtures.Prometheus;
using KedaGuidance.Fixtures.Session;
using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Scaling;
using KedaGuidance.Steps.Runner;
using Reqnroll;

namespace KedaGuidance.Steps.Bindings;

/// <summary>
/// Steps of features/06-prometheus-metric-pipeline.feature: the guide's sample app and a real Prometheus on this
/// machine, a paced load, the guide's query, and the scaling oracle — each an operation or expectation of the run's
/// executor, so a plan run records them and a live run records what they did. The processes are stopped by PID after
/// the scenario, also when it failed.
/// </summary>
[Binding]
public sealed class PrometheusPipelineSteps(SuiteSession session, ScenarioCancellation cancellation)
{
    private MetricPipeline? _pipeline;
    private ScalingSpec? _scaledObject;

    private MetricPipeline Pipeline => _pipeline ?? throw new InvalidOperationException("The pipeline has not started; a Given step is missing.");
    private ScalingSpec ScaledObject => _scaledObject ?? throw new InvalidOperationException("No ScaledObject was given.");

    [Given("the guide's collector exports with namespace {string}, so the guide's query names adot_ metrics")]
    public void GivenTheCollectorNamespace(string expected)
    {
        var exporterNamespace = CollectorNamespace.Of(session.Guide.Read(GuideLayout.AdotConfigMap));
        exporterNamespace.Should().Be(expected, "the local path renames metrics to {0}_<name> because the guide's collector does ({1})",
            expected, GuideLayout.AdotConfigMap);
        (exporterNamespace + "_").Should().Be(PrometheusScrapeConfig.CollectorNamespacePrefix);
    }

    [Given("the guide's sample app scraped by a local Prometheus every {int} s")]
    public async Task GivenTheSampleAppAndPrometheus(int scrapeSeconds)
    {
        var scrape = TimeSpan.FromSeconds(scrapeSeconds);
        if (!session.Settings.IsPlan)
        {
            if (await PipelineRequirements.MissingAsync(cancellation.Token) is { } missing)
                Assert.Skip(missing);
            await session.UseFixtureAsync(() => new LocalMetricPipelineFixture(), cancellation.Token);
        }
        foreach (var deviation in MetricPipelineDeviations.For(scrape))
            session.Recorder.Declare(deviation);

        _pipeline = await session.Executor.RunAsync(new StartMetricPipeline(
            Path.GetDirectoryName(session.Guide.PathOf(GuideLayout.SampleAppScript))!, FreePort.Next(), FreePort.Next(), scrape), cancellation.Token);
        await session.Executor.ExpectAsync(new MetricPipelineReady(_pipeline) { Budget = MetricPipelineReady.BudgetFor(scrape, session.Settings.Slack) },
            cancellation.Token);
    }

    [Given("the guide's ScaledObject for the sample app:")]
    public void GivenTheScaledObject(string manifest) => _scaledObject = ScalingSpecReader.Parse(manifest);

    [When("the sample app serves {int} requests per second until its query settles within {int} %")]
    public Task WhenTheSampleAppServes(int requestsPerSecond, int tolerancePercent)
    {
        var query = ScaledObject.Query ?? throw new InvalidOperationException("The ScaledObject has no prometheus query.");
        return session.Executor.ExpectAsync(new QuerySettlesUnderLoad(Pipeline, query, requestsPerSecond, tolerancePercent / 100.0, ScaledObject)
        {
            Budget = QuerySettlesUnderLoad.BudgetFor(query, Pipeline.ScrapeInterval, session.Settings.Slack),
        }, cancellation.Token);
    }

    [Then("the ScaledObject's query returned a single-element vector")]
    public Task ThenASingleElementVector() => Check(new QueryReturnedSingleElement(Pipeline) { Budget = MeasurementCheck.BudgetFor(Pipeline) });

    [Then("within the derived time the value equals the generated rate within {int} %")]
    public Task ThenTheValueEqualsTheGeneratedRate(int tolerancePercent) =>
        Check(new MeasuredRateMatchesLoad(Pipeline, tolerancePercent / 100.0) { Budget = MeasurementCheck.BudgetFor(Pipeline) });

    [Then("the oracle's replica count for the measured value is {int}, the same as for the generated rate")]
    public Task ThenTheOraclesReplicaCount(int replicas) =>
        Check(new OracleReplicasForMeasuredRate(Pipeline, ScaledObject, replicas) { Budget = MeasurementCheck.BudgetFor(Pipeline) });

    [AfterScenario("prometheus-local")]
    public async Task StopTheProcesses()
    {
        // Not the scenario's token: a cancelled scenario must still stop what it started.
        if (_pipeline is not null)
            await session.Executor.RunAsync(new StopMetricPipeline(_pipeline), CancellationToken.None);
    }

    private Task Check(MeasurementCheck check) => session.Executor.ExpectAsync(check, cancellation.Token);
}
