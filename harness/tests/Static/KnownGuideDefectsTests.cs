using KedaGuidance.Harness.Static;

namespace KedaGuidance.Harness.Tests.Static;

public sealed class KnownGuideDefectsTests
{
    private static readonly IReadOnlySet<string> Rules = new HashSet<string> { "keda-chart-render", "yaml-parse" };

    private static Finding Chart(string subject) =>
        new("keda-chart-render", Severity.Error, "keda/keda-values.yaml.template", FindingLocation.AtLine(3), "m", "h", subject);

    [Fact]
    public void A_listed_defect_is_accepted_a_new_error_fails_and_a_listed_defect_that_no_longer_occurs_is_stale()
    {
        var list = KnownGuideDefects.Parse("""
            defects:
            - rule: keda-chart-render
              file: keda/keda-values.yaml.template
              subject: chart 2.20.2 images
              reason: unpinned install
              since: guide commit d498f04
              suite: pins the chart
            - rule: keda-chart-render
              file: keda/keda-values.yaml.template
              subject: chart 2.16.1 images
              reason: pinned chart
              since: guide commit d498f04
              suite: pins the chart
            """, Rules);
        var report = new StaticReport(["keda-chart-render"], [], [Chart("chart 2.20.2 images"), Chart("chart 2.14.0 operator role")]);

        var outcome = list.Apply(report);

        outcome.Accepted.Should().ContainSingle().Which.Defect.Reason.Should().Be("unpinned install");
        outcome.Errors.Should().ContainSingle().Which.Subject.Should().Be("chart 2.14.0 operator role");
        outcome.Stale.Should().ContainSingle().Which.Should().Match<KnownGuideDefect>(d => d.Subject == "chart 2.16.1 images" && d.Line == 8);
    }

    [Fact]
    public void A_defect_is_only_judged_where_its_rule_ran_over_its_file()
    {
        var list = KnownGuideDefects.Parse("defects:\n- rule: keda-chart-render\n  file: keda/keda-values.yaml.template\n  reason: r\n  since: s\n  suite: u\n", Rules);
        list.Apply(new StaticReport(["yaml-parse"], [], [])).Stale.Should().BeEmpty("the chart rule did not run");
        list.Apply(new StaticReport(["keda-chart-render"], [], []), onlyFile: "setup/cluster.yaml").Stale.Should().BeEmpty("another file was checked");
        list.Apply(new StaticReport(["keda-chart-render"], [], [])).Stale.Should().ContainSingle();
    }

    [Theory]
    [InlineData("defects:\n- rule: no-such-rule\n  file: f\n  reason: r\n  since: s\n  suite: u\n", "rule 'no-such-rule' is not a rule of the suite")]
    [InlineData("defects:\n- rule: yaml-parse\n  file: f\n", "rule, file, reason, since and suite are required")]
    [InlineData("defects:\n- rule: yaml-parse\n  file: f\n  reason: r\n", "rule, file, reason, since and suite are required")]
    [InlineData("defects:\n- rule: yaml-parse\n  file: f\n  reason: r\n  line: 3\n", "unknown: line")]
    [InlineData("- rule: yaml-parse\n", "expected a top-level 'defects:' list")]
    public void A_bad_entry_is_an_error_naming_its_line(string yaml, string message) =>
        FluentActions.Invoking(() => KnownGuideDefects.Parse(yaml, Rules)).Should().Throw<FormatException>().WithMessage($"*{message}*");

    [Fact]
    public void The_repositorys_list_parses_and_names_only_rules_of_the_suite() =>
        StaticTestGuide.KnownDefects.Defects.Should().NotBeEmpty().And.OnlyContain(d => d.Reason.Length > 40 && d.Since.Length > 10 && d.SuiteDoes.Length > 40,
            "each accepted defect says why, since when and what the suite does");
}
