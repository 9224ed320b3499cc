using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Evidence.Report;
using KedaGuidance.Harness.Static;
using KedaGuidance.Harness.Tests.Static;

namespace KedaGuidance.Harness.Tests.Evidence;

/// <summary>
/// The guide's known defects at the top of the evidence, through the production path: the static rules over the test
/// copy of the guide, the repository's features/known-guide-defects.yaml applied, the findings recorded as the static
/// feature records them (<see cref="StaticEvidence"/>), run-record.json written, and report.html and summary.md
/// rendered from that file.
/// </summary>
public sealed class KnownDefectsReportTests : IDisposable
{
    private readonly RenderedEvidence _evidence = new();

    public void Dispose() => _evidence.Dispose();

    private (string Record, string Html, string Markdown) StaticRun(KnownGuideDefects defects)
    {
        using var guide = new StaticTestGuide();
        var report = guide.RunAll();
        var recorder = new RunRecorder("known-defects-test", "live", "static", _evidence.Folder);
        recorder.BeginScenario("s1", "Static conformance", "The keda-chart rules find no error", ["static"]);
        StaticEvidence.Record(recorder, report, defects.Apply(report));
        recorder.EndScenario(ScenarioOutcome.Passed, null);
        var rendered = _evidence.Render(recorder.Complete());
        return (rendered.Record, rendered.Html, rendered.Markdown);
    }

    [Fact]
    public void The_repositorys_known_defects_come_first_with_what_since_and_what_the_suite_does()
    {
        var defect = StaticTestGuide.KnownDefects.Defects[0];
        var (record, html, markdown) = StaticRun(StaticTestGuide.KnownDefects);

        record.Should().Contain($"\"severity\": \"{FindingRecord.KnownDefectSeverity}\"").And.Contain("\"knownSince\"").And.Contain("\"suiteDoes\"");

        html.Should().Contain("<h2 id=\"known-defects\">Known guide defects</h2>");
        html.IndexOf("id=\"known-defects\"", StringComparison.Ordinal).Should()
            .BeLessThan(html.IndexOf("aria-label=\"at a glance\"", StringComparison.Ordinal), "the known defects are the page's first section")
            .And.BeLessThan(html.IndexOf("id=\"outcomes\"", StringComparison.Ordinal))
            .And.BeLessThan(html.IndexOf("id=\"scenarios\"", StringComparison.Ordinal));
        var section = html[html.IndexOf("id=\"known-defects\"", StringComparison.Ordinal)..html.IndexOf("aria-label=\"at a glance\"", StringComparison.Ordinal)];
        section.Should().Contain(Html.Text(defect.Since)).And.Contain(Html.Text(defect.SuiteDoes)).And.Contain(Html.Text(defect.Reason))
            .And.Contain(defect.File).And.Contain(defect.Subject!.Split(' ')[1], "the row names the chart the finding is about");

        markdown.Should().Contain("### Known guide defects");
        markdown.IndexOf("### Known guide defects", StringComparison.Ordinal).Should()
            .BeLessThan(markdown.IndexOf("### Outcomes", StringComparison.Ordinal))
            .And.BeLessThan(markdown.IndexOf("### Static findings", StringComparison.Ordinal));
        markdown.Should().Contain("d498f04").And.Contain(KedaGuidance.Harness.Configuration.SettingDefinitions.DefaultKedaChartVersion);
    }

    [Fact]
    public void A_known_defects_text_from_the_list_reaches_summary_md_neutralized()
    {
        var real = StaticTestGuide.KnownDefects.Defects[0];
        var hostile = KnownGuideDefects.Parse($"""
            defects:
            - rule: {real.Rule}
              file: {real.File}
              subject: {real.Subject}
              reason: ping @kedacore/maintainers and see https://example.com/x or www.example.com
              since: guide commit d498f04 (@someone)
              suite: "[click](http://example.com) **now**"
            """, GuideRules.All.Select(r => r.Id).ToHashSet(StringComparer.Ordinal));

        var (_, _, markdown) = StaticRun(hostile);

        var section = markdown[markdown.IndexOf("### Known guide defects", StringComparison.Ordinal)..markdown.IndexOf("| guide version", StringComparison.Ordinal)];
        section.Should().Contain("@&#8203;kedacore/maintainers").And.Contain("https:&#8203;//example.com/x").And.Contain("www&#8203;.example.com")
            .And.Contain("(@&#8203;someone)").And.Contain("\\[click\\](http:&#8203;//example.com) \\*\\*now\\*\\*");
        section.Should().NotMatchRegex("@(?!&#8203;)|://|www\\.");
    }

    [Fact]
    public void Without_an_accepted_defect_there_is_no_such_section_and_the_finding_is_an_error()
    {
        var (record, html, markdown) = StaticRun(KnownGuideDefects.None);

        record.Should().NotContain($"\"severity\": \"{FindingRecord.KnownDefectSeverity}\"").And.Contain("\"severity\": \"error\"");
        html.Should().NotContain("Known guide defects");
        markdown.Should().NotContain("Known guide defects").And.Contain("| error | `keda-chart-render` |");
    }
}
