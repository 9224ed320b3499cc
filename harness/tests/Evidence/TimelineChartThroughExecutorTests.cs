using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Evidence.Report;
using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Scaling;
using KedaGuidance.Harness.Workloads;
using KedaGuidance.Harness.Workloads.Diagnostics;
using KedaGuidance.Harness.Workloads.Timeline;

namespace KedaGuidance.Harness.Tests.Evidence;

/// <summary>
/// The scaling chart through the production path: the timeline handler samples a scripted source, the live executor
/// records and attaches what it returns, the recorder writes run-record.json, and the report is rendered from that
/// file — the chart holds the scripted samples, the oracle's band and the expected log line.
/// </summary>
public sealed partial class TimelineChartThroughExecutorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kg-chart-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Queue depth per sample (null: the read fails) and the Deployment's desired = ready replicas.</summary>
    private static readonly (double? Depth, int Desired)[] Script = [(0, 0), (0, 0), (500, 0), (null, 0), (495, 1)];

    private const string ActivationLine =
        """2026-11-28T10:00:03Z INFO scaleexecutor Successfully updated ScaleTarget {"scaledobject.Name": "sqsconsumer-hpa", "scaledObject.Namespace": "keda-sqs-guidance", "Original Replicas Count": 0, "New Replicas Count": 1}""";

    private sealed class Scripted : ITimelineSource
    {
        private int _metric;
        private int _workload;

        public Task<double> ReadMetricAsync(MetricSource source, CancellationToken cancellationToken) =>
            Script[_metric++].Depth is { } depth ? Task.FromResult(depth) : Task.FromException<double>(new InvalidOperationException("ThrottlingException"));

        public Task<WorkloadSample> ReadWorkloadAsync(ScalingFollowsOracle expectation, CancellationToken cancellationToken)
        {
            var desired = Script[_workload++].Desired;
            return Task.FromResult(new WorkloadSample(desired, desired, $"Running {desired}", $"hpa desired {desired}"));
        }

        public Task<IReadOnlyList<string>> ReadNewEventsAsync(string @namespace, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<string>>([]);

        public Task<IReadOnlyList<string>> ReadOperatorLogAsync(string kedaNamespace, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<string>>(["noise", ActivationLine]);
    }

    private sealed class NoDiagnostics : IScalingDiagnostics
    {
        public Task<string> CollectAsync(ScalingFollowsOracle expectation, CancellationToken cancellationToken) => Task.FromResult("");
    }

    [Fact]
    public async Task The_report_rendered_from_the_record_draws_the_scripted_samples_the_oracle_band_and_the_log_line()
    {
        var recorder = new RunRecorder("r1", "live", "local", _folder);
        var handlers = new HandlerRegistry();
        handlers.Add([], [new ScalingTimelineHandler(new Scripted(), new NoDiagnostics(), _ => { }, TimeSpan.FromMilliseconds(20))]);
        var executor = new LiveExecutor(recorder, handlers);
        var spec = ScalingSpecReader.Parse(Scaling.GuideScaledObjects.Sqs);
        var activation = new OperatorLogLine("keda", "keda-sqs-guidance", "sqsconsumer-hpa", "Successfully updated ScaleTarget", "\"Original Replicas Count\": 0");

        recorder.BeginScenario("02:1", "Scale the SQS consumer", "the consumer scales from 0", ["cluster", "aws", "sqs"]);
        await executor.ExpectAsync(new ScalingFollowsOracle("keda-sqs-guidance", "sqs-consumer-backend", "keda-hpa-sqsconsumer-hpa", spec,
            new QueueDepthSource("q", true), TimelineGoal.LeaveZero, TimeSpan.FromSeconds(30))
        {
            Budget = WaitBudget.Sum(("test", TimeSpan.FromSeconds(30))),
            ExpectedLines = [activation],
        }, CancellationToken.None);
        recorder.EndScenario(ScenarioOutcome.Passed, null);
        var html = File.ReadAllText(EvidenceReport.WriteNextTo(recorder.Complete()).Html);

        var chart = html[html.IndexOf("<svg class=\"timeline-chart\"", StringComparison.Ordinal)..];
        chart = chart[..(chart.IndexOf("</svg>", StringComparison.Ordinal) + 6)];
        MetricPoints().Matches(chart).Select(m => double.Parse(m.Groups["v"].Value, CultureInfo.InvariantCulture))
            .Should().Equal([0, 0, 500, 495], "one point per scripted depth, the failed read drawn as a gap and not as 0");
        chart.Should().Contain("class=\"gap\"").And.Contain("metric read failed: ThrottlingException");
        chart.Should().Contain("class=\"oracle-band\"");
        chart.Should().Contain("class=\"desired\"").And.Contain("class=\"ready\"");

        var record = RunRecordFile.Read(recorder.RecordPath);
        var timeline = ReportAttachments.Timelines(record).Single().Timeline;
        timeline.Bands.Should().NotBeEmpty().And.Equal(OracleBand.Of(timeline.Rows));
        foreach (var band in timeline.Bands)
            WebUtility.HtmlDecode(chart).Should().Contain($"oracle: {band.Min}–{band.Max} replicas");
        timeline.LogLines.Should().ContainSingle().Which.SeenAt.Should().NotBeNull();
        chart.Should().Contain("class=\"log-marker\"");
        WebUtility.HtmlDecode(html).Should().Contain("scale-out 0→1 in", "\"scaling took\" is read from the same timeline");
    }

    [GeneratedRegex("<circle class=\"metric-point\"[^>]*data-value=\"(?<v>[^\"]+)\"")]
    private static partial Regex MetricPoints();
}
