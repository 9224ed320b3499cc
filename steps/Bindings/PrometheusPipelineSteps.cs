using System.Globalization;
using FluentAssertions;
using KedaGuidance.Fixtures.Prometheus;
using KedaGuidance.Fixtures.Session;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Metrics;
using KedaGuidance.Harness.Scaling;
using KedaGuidance.Steps.Runner;
using Reqnroll;

namespace KedaGuidance.Steps.Bindings;

/// <summary>
/// Steps of features/06-prometheus-metric-pipeline.feature: the guide's sample app and a real Prometheus on this
/// machine, a paced load, the guide's query, and the scaling oracle. The processes are stopped by PID after the
/// scenario, also when it failed.
/// </summary>
[Binding]
public sealed class PrometheusPipelineSteps(SuiteSession session, ScenarioCancellation cancellation, ITestOutputHelper output)
{
    private PrometheusPipeline? _pipeline;
    private ScalingSpec? _scaledObject;
    private RateMeasurementResult? _measurement;

    private PrometheusPipeline Pipeline => _pipeline ?? throw new InvalidOperationException("The pipeline has not started; a Given step is missing.");
    private ScalingSpec ScaledObject => _scaledObject ?? throw new InvalidOperationException("No ScaledObject was given.");
    private RateMeasurementResult Measurement => _measurement ?? throw new InvalidOperationException("No load has run; the When step is missing.");

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
        var missing = await PipelineRequirements.MissingAsync(cancellation.Token);
        if (missing is not null)
            Assert.Skip(missing);
        var start = session.Recorder.Now;
        _pipeline = await PrometheusPipeline.StartAsync(
            Path.GetDirectoryName(session.Guide.PathOf(GuideLayout.SampleAppScript))!,
            TimeSpan.FromSeconds(scrapeSeconds), session.Settings.Slack, cancellation.Token);
        session.Recorder.Record(new EntryDraft(EntryType.Expectation, "prometheus-local.ready",
            $"sample app on {_pipeline.AppUri} and Prometheus on {_pipeline.PrometheusUri} ready, first scrape done", start, EntryOutcome.Met)
        {
            Content = _pipeline.Config, Budget = _pipeline.ReadyBudget?.ToString(), Detail = $"ready after {_pipeline.ReadyAfter.TotalSeconds:0.#} s",
        });
        output.WriteLine($"started {string.Join(", ", _pipeline.Processes)}; ready after {_pipeline.ReadyAfter.TotalSeconds:0.#} s (budget {_pipeline.ReadyBudget})");
    }

    [Given("the guide's ScaledObject for the sample app:")]
    public void GivenTheScaledObject(string manifest) => _scaledObject = ScalingSpecReader.Parse(manifest);

    [When("the sample app serves {int} requests per second until its query settles within {int} %")]
    public async Task WhenTheSampleAppServes(int requestsPerSecond, int tolerancePercent)
    {
        var start = session.Recorder.Now;
        _measurement = await RateMeasurement.RunAsync(Pipeline, ScaledObject.Query!, requestsPerSecond,
            tolerancePercent / 100.0, session.Settings.Slack, cancellation.Token);
        var m = _measurement;
        session.Recorder.Record(new EntryDraft(EntryType.Expectation, "prometheus-local.rate-settles",
            $"{m.Query} equals the generated {m.TargetRate} req/s within {tolerancePercent} % once the rate window has filled", start,
            m.Settled ? EntryOutcome.Met : EntryOutcome.NotMet)
        {
            Budget = m.Budget.ToString(),
            Detail = $"last value {Format(m.MeasuredRate)} vs generated {Format(m.GeneratedRateOverWindow)} req/s; time to correct value {Seconds(m.TimeToCorrectValue)}",
        });
        foreach (var sample in m.Samples)
            output.WriteLine($"t+{sample.SinceLoadStart.TotalSeconds,5:0.0} s  query {Format(sample.Value),7}  generated {sample.GeneratedRate,6:0.00} req/s  elements {sample.Elements}{(sample.Error is null ? "" : "  " + sample.Error)}");
        AttachEvidence();
    }

    [Then("the ScaledObject's query returned a single-element vector")]
    public void ThenASingleElementVector()
    {
        var result = Measurement.LastResult;
        result.Should().NotBeNull("the query must have been answered at least once");
        result!.ResultType.Should().BeOneOf(["vector", "scalar"], "the guide: query must return a vector/scalar single element response");
        result.Elements.Should().ContainSingle("KEDA's prometheus scaler fails on a result with more than one element");
    }

    [Then("within the derived time the value equals the generated rate within {int} %")]
    public void ThenTheValueEqualsTheGeneratedRate(int tolerancePercent)
    {
        var m = Measurement;
        m.RequestsFailed.Should().Be(0, "the sample app must answer every request of the load");
        RateConvergence.WithinTolerance(m.GeneratedRateOverWindow ?? 0, m.TargetRate, tolerancePercent / 100.0).Should().BeTrue(
            "the load generator must have kept {0} req/s (it generated {1} req/s over the last window)", m.TargetRate, m.GeneratedRateOverWindow);
        m.Settled.Should().BeTrue(
            "within {0} the query should equal the generated rate within {1} % after the window filled ({2} s); samples: {3}",
            m.Budget, tolerancePercent, m.WindowFilled.TotalSeconds, string.Join("; ", m.Samples.TakeLast(5).Select(s => $"t+{s.SinceLoadStart.TotalSeconds:0} s {Format(s.Value)}")));
        m.TimeToCorrectValue.Should().BeGreaterThanOrEqualTo(m.EarliestCorrect,
            "rate() over a {0} s window ramps up linearly from the load's start, so it cannot be right earlier — if it is, the derivation is wrong",
            m.RateWindow.TotalSeconds);
        output.WriteLine($"time to correct value {Seconds(m.TimeToCorrectValue)} (not before {m.EarliestCorrect.TotalSeconds:0} s; window filled at {m.WindowFilled.TotalSeconds:0} s; budget {m.Budget}); " +
            $"largest difference from the rate generated over the trailing window: {m.TrackingError:P1}");
    }

    [Then("the oracle's replica count for the measured value is {int}, the same as for the generated rate")]
    public void ThenTheOraclesReplicaCount(int replicas)
    {
        var oracle = new ScalingOracle(ScaledObject);
        var measured = Measurement.MeasuredRate ?? throw new InvalidOperationException("The query returned no value.");
        var predicted = oracle.SteadyReplicas(measured);
        output.WriteLine($"oracle: {oracle.SteadyBand(measured)} → {predicted} replicas for {Format(measured)} req/s");
        predicted.Should().Be(replicas, "ceil({0} / threshold {1}) within {2}..{3}", measured, ScaledObject.TargetPerReplica, ScaledObject.HpaMinReplicas, ScaledObject.MaxReplicas);
        oracle.SteadyReplicas(Measurement.TargetRate).Should().Be(predicted, "the measured metric must lead to the same scaling decision as the real load");
    }

    [AfterScenario("prometheus-local")]
    public async Task StopTheProcesses()
    {
        if (_pipeline is not null)
            await _pipeline.DisposeAsync();
    }

    private void AttachEvidence()
    {
        var m = Measurement;
        var oracle = new ScalingOracle(ScaledObject);
        session.Recorder.Attach("prometheus-metric-pipeline", new
        {
            query = m.Query,
            metricMapping = $"app.py exposes app_request_count_total; Prometheus metric_relabel_configs stores it as {PrometheusScrapeConfig.CollectorNamespacePrefix}app_request_count_total, as the guide's ADOT collector (prometheusremotewrite namespace \"adot\") does",
            scrapeIntervalSeconds = Pipeline.ScrapeInterval.TotalSeconds,
            rateWindowSeconds = m.RateWindow.TotalSeconds,
            load = new
            {
                targetRequestsPerSecond = m.TargetRate,
                answered = m.RequestsAnswered,
                failed = m.RequestsFailed,
                durationSeconds = Math.Round(m.LoadDuration.TotalSeconds, 1),
                source = "the test process (HttpClient, paced by absolute schedule), bounded by the budget in time and by rate × budget in count",
            },
            budget = m.Budget.ToString(),
            windowFilledSeconds = m.WindowFilled.TotalSeconds,
            tolerance = m.Tolerance,
            settled = m.Settled,
            timeToCorrectValueSeconds = m.TimeToCorrectValue?.TotalSeconds,
            earliestCorrectSeconds = m.EarliestCorrect.TotalSeconds,
            trackingError = m.TrackingError,
            samples = m.Samples.Select(s => new
            {
                t = Math.Round(s.SinceLoadStart.TotalSeconds, 1),
                value = s.Value,
                generated = Math.Round(s.GeneratedRate, 3),
                elements = s.Elements,
                predictedReplicas = s.Value is { } v ? oracle.SteadyReplicas(v) : (int?)null,
                error = s.Error,
            }).ToList(),
            predictedReplicas = m.MeasuredRate is { } measured ? oracle.SteadyReplicas(measured) : (int?)null,
            predictedReplicasForTargetRate = oracle.SteadyReplicas(m.TargetRate),
        });
    }

    private static string Format(double? value) => value?.ToString("0.000", CultureInfo.InvariantCulture) ?? "none";

    private static string Seconds(TimeSpan? value) => value is { } t ? $"{t.TotalSeconds:0.#} s" : "never";
}
