using System.Text.RegularExpressions;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Evidence.Report;

namespace KedaGuidance.Harness.Tests.Evidence;

public sealed class EvidenceReportTests : IDisposable
{
    private readonly RenderedEvidence _evidence = new();
    private string Folder => _evidence.Folder;

    public void Dispose() => _evidence.Dispose();

    private (ReportFiles Files, string Html, string Markdown) Render()
    {
        var rendered = _evidence.Render(SampleRun.Write(Folder));
        return (rendered.Files, rendered.Html, rendered.Markdown);
    }

    [Fact]
    public void Writes_report_and_summary_next_to_the_run_record()
    {
        var (files, _, _) = Render();
        files.Html.Should().Be(Path.Combine(Folder, "report.html"));
        files.Markdown.Should().Be(Path.Combine(Folder, "summary.md"));
        File.Exists(files.Html).Should().BeTrue();
        File.Exists(files.Markdown).Should().BeTrue();
    }

    [Fact]
    public void The_top_of_the_page_answers_guide_version_target_outcomes_scaling_and_deviations()
    {
        var (_, html, _) = Render();
        var glance = System.Net.WebUtility.HtmlDecode(html[..html.IndexOf("id=\"outcomes\"", StringComparison.Ordinal)]);
        glance.Should().Contain("FAILED — 3 passed, 1 failed, 1 skipped of 5 scenarios");
        glance.Should().Contain("commit 8d2ef5d4e1ea");
        glance.Should().Contain(">local<").And.Contain("took 9 min 54 s");
        glance.Should().Contain("scale-out 0→10 in 60 s · scale-in 10→0 in 20 s");
        glance.Should().Contain("2 declared").And.Contain("keda-chart-2.16.1, ecr-local-image");
    }

    [Fact]
    public void Has_versions_deviations_findings_coverage_and_every_scenario_with_budgets()
    {
        var (_, html, _) = Render();
        html.Should().Contain("rancher/k3s:v1.29.15-k3s1").And.Contain("localstack/localstack:4.14.0").And.Contain("2.16.1");
        html.Should().Contain("KEDA 2.12 is not tested on Kubernetes 1.29");
        html.Should().Contain("ENV-UNSET").And.Contain("export ACCOUNT_ID before envsubst");
        html.Should().Contain("Optional: Amazon Managed Grafana");
        Regex.Matches(html, "<tr class=\"scenario ").Should().HaveCount(5);
        Regex.Matches(html, "<details class=\"scenario-details\"").Should().HaveCount(5);
        html.Should().Contain("370 s (stabilization 300 s");
        html.Should().Contain("needs the eks target: run with --settings runsettings/eks.runsettings");
        html.Should().Contain("delete namespace keda-sqs-guidance");
    }

    [Fact]
    public void Failures_come_with_their_diagnostics()
    {
        var (_, html, _) = Render();
        var failures = html[html.IndexOf("id=\"failures\"", StringComparison.Ordinal)..html.IndexOf("id=\"scaling\"", StringComparison.Ordinal)];
        failures.Should().Contain("1 ready after 150 s; pods Pending: exceeded quota");
        failures.Should().Contain("diagnostics: keda-operator-log").And.Contain("query failed: 403 Forbidden");
        failures.Should().Contain("diagnostics: hpa-describe").And.Contain("desiredReplicas");
    }

    [Fact]
    public void Every_timeline_becomes_a_chart_with_band_lines_and_log_markers()
    {
        var (_, html, _) = Render();
        Regex.Matches(html, "<svg class=\"timeline-chart\"").Should().HaveCount(2);
        Regex.Matches(html, "<rect class=\"oracle-band\"").Should().HaveCount(4);
        Regex.Matches(html, "<g class=\"log-marker\"").Should().HaveCount(2, "two expected lines were seen, two were not");
        Regex.Matches(html, "<path class=\"ready\"").Should().HaveCount(2);
        Regex.Matches(html, "<path class=\"metric\" d=\"M[^\"]* M").Should().ContainSingle("the unobserved metric point breaks the SQS line in two, not the Prometheus one");
        Regex.Matches(html, "pill bad\">not seen").Should().HaveCount(2);
    }

    [Fact]
    public void Text_from_the_record_never_becomes_markup()
    {
        var (_, html, markdown) = Render();
        html.Should().NotContain("<script").And.NotContain("<img").And.NotContain("<b>prometheus");
        html.Should().Contain("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;");
        markdown.Should().NotContain("<script").And.NotContain("<img");
    }

    [Fact]
    public void The_page_is_self_contained()
    {
        var (_, html, _) = Render();
        html.Should().NotMatchRegex("(?i)<script|<link|<iframe|<img|<[^>]*\\ssrc=|href=\"(?!#)|url\\(|@import");
    }

    [Fact]
    public void Summary_has_outcomes_timings_deviations_and_findings_for_a_pull_request()
    {
        var (_, _, md) = Render();
        md.Should().StartWith("## KedaGuidance: FAILED — 3 passed, 1 failed, 1 skipped");
        md.Should().Contain("| commit 8d2ef5d4e1ea | local (live) |");
        md.Should().Contain("| Scaled Object for Prometheus | 0 | 1 | 0 |");
        md.Should().Contain("- **Scaled Object for Prometheus: request rate above 10/s scales the sample app**: Expected deployment sample-app");
        md.Should().Contain("| scale-out | 0 → 10 | 60 s |").And.Contain("| scale-in | 10 → 0 | 20 s |");
        md.Should().Contain("### Slowest waits").And.Contain("| 4 min 38 s |");
        md.Should().Contain("- `keda-chart-2.16.1` (local): guide: helm install keda kedacore/keda --version 2.12.0 → suite: installs chart 2.16.1");
        md.Should().Contain("| warning | `ENV-UNSET` | `setup/env.sh:12` | ACCOUNT\\_ID is used before it is exported |");
    }

    [Fact]
    public void A_record_without_timelines_deviations_or_end_still_renders_and_says_so()
    {
        var recorder = new RunRecorder("kg-empty", "plan", "eks", Folder);
        recorder.BeginScenario("00-guide.feature:6", "The guide's repository", "The guide's repository: files exist", ["static"]);
        recorder.EndScenario(ScenarioOutcome.Passed, null);
        var record = recorder.Snapshot();
        var html = EvidenceReport.RenderHtml(record);
        html.Should().Contain("INCOMPLETE").And.Contain("plan mode: recorded only, nothing was performed");
        html.Should().Contain("none declared; plan mode, nothing was performed").And.Contain("unknown (not recorded)");
        html.Should().NotContain("guide as written", "a plan performed nothing, so it cannot be the guide as written");
        html.Should().NotContain("<svg");
        EvidenceReport.RenderMarkdown(record).Should().Contain("none declared; plan mode, nothing was performed");
    }

    [Fact]
    public void Only_a_live_run_that_acted_and_substituted_nothing_is_the_guide_as_written()
    {
        var recorder = new RunRecorder("kg-live", "live", "local", Folder);
        recorder.BeginScenario("00-static.feature:6", "Static", "Static: the files parse", ["static"]);
        recorder.EndScenario(ScenarioOutcome.Passed, null);
        EvidenceReport.RenderHtml(recorder.Snapshot()).Should().Contain("none declared; no scenario acted on a target");

        recorder.BeginScenario("07-aws-sqs.feature:9", "AWS", "AWS: the queue", ["aws"]);
        recorder.Record(new EntryDraft(EntryType.Operation, "sqs.create-queue", "create queue app-queue", recorder.Now, EntryOutcome.Done));
        recorder.EndScenario(ScenarioOutcome.Passed, null);
        EvidenceReport.RenderHtml(recorder.Snapshot()).Should().Contain("none: this run is the guide as written");

        recorder.Declare(new DeclaredDeviation("prometheus-scrape-for-adot", "local metric pipeline", "ADOT", "Prometheus' scrape", "no AWS"));
        var html = EvidenceReport.RenderHtml(recorder.Snapshot());
        html.Should().NotContain("guide as written").And.Contain("1 declared").And.Contain("prometheus-scrape-for-adot");
    }

    [Fact]
    public void A_sparse_timeline_still_draws_without_inventing_values()
    {
        var recorder = new RunRecorder("kg-sparse", "live", "local", Folder);
        recorder.BeginScenario("20-sqs.feature:12", "SQS", "SQS: idle queue", ["cluster"]);
        var at = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);
        recorder.Attach("timeline", new ScalingTimeline("queue depth", "messages",
            [new TimelineRow(at, null, 0, 0), new TimelineRow(at.AddSeconds(10), null, null, 0)], [], []));
        recorder.EndScenario(ScenarioOutcome.Passed, null);

        var html = EvidenceReport.RenderHtml(recorder.Snapshot());

        Regex.Matches(html, "<svg class=\"timeline-chart\"").Should().ContainSingle();
        html.Should().NotContain("<path class=\"metric\"", "no metric was observed, so none is drawn")
            .And.NotContain("NaN").And.NotContain("Infinity");
        html.Should().Contain("Ready replicas did not change on this timeline.");
    }

    [Fact]
    public void A_missing_record_is_named_with_what_to_do()
    {
        var act = () => EvidenceReport.WriteNextTo(Path.Combine(Folder, "nope", "run-record.json"));
        act.Should().Throw<FileNotFoundException>().WithMessage("*run-record.json*KEDAGUIDE_EVIDENCE*");
    }

    [Theory]
    [InlineData("a | b", "a \\| b")]
    [InlineData("<img src=x>", "&lt;img src=x&gt;")]
    [InlineData("line\nbreak", "line break")]
    [InlineData("[link](http://x) *bold* _em_", "\\[link\\](http:&#8203;//x) \\*bold\\* \\_em\\_")]
    public void Markdown_text_cannot_break_the_table_or_become_markup(string text, string expected)
    {
        SummaryMarkdown.Md(text).Should().Be(expected);
    }

    [Fact]
    public void Code_spans_keep_text_literal_but_cannot_end_early_or_break_the_table()
    {
        SummaryMarkdown.Code("a`b|c_d\ne").Should().Be("a'b\\|c_d e");
    }
}
