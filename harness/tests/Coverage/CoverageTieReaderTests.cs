using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Harness.Coverage;

namespace KedaGuidance.Harness.Tests.Coverage;

public sealed class CoverageTieReaderTests
{
    private static CoverageTie Read(string yaml) => CoverageTieReader.Read(yaml, "tie.yaml", SuiteTargets.Catalog.CoverageTargets);

    [Fact]
    public void Reads_covered_and_waived_entries()
    {
        var tie = Read("""
            steps:
              - id: c-1a2b3c4d
                section: Install KEDA
                step: helm list -n ${KEDA_NAMESPACE}
                covered_by: "01-install-keda.feature: helm list shows the keda release"
                targets: [local, eks]
              - id: c-5e6f7a8b
                section: Create an Amazon EKS cluster
                step: source /home/ec2-user/.bashrc
                waived: the suite carries the environment itself
            """);

        tie.Problems.Should().BeEmpty();
        tie.Entries.Should().HaveCount(2);
        tie.Entries[0].CoveredBy.Should().Be(new FeatureReference("01-install-keda.feature", "helm list shows the keda release"));
        tie.Entries[0].Targets.Should().Equal("local", "eks");
        tie.Entries[0].Line.Should().Be(2);
        tie.Entries[1].Waived.Should().Be("the suite carries the environment itself");
        tie.Entries[1].IsCovered.Should().BeFalse();
    }

    [Theory]
    [InlineData("covered_by: \"01-install-keda.feature: x\"\n    targets: [local]\n    waived: why", "give exactly one of covered_by")]
    [InlineData("targets: [local]", "give exactly one of covered_by")]
    [InlineData("covered_by: \"01-install-keda.feature: x\"", "a covered step needs targets")]
    [InlineData("covered_by: \"01-install-keda.feature: x\"\n    targets: [minikube]", "unknown target 'minikube'")]
    [InlineData("covered_by: \"install keda\"\n    targets: [local]", "must read \"<file>.feature: <scenario or step phrase>\"")]
    [InlineData("waived: why\n    targets: [local]", "a waived step is run by no target")]
    [InlineData("waived: why\n    coverd_by: typo", "unknown key 'coverd_by'")]
    public void A_malformed_entry_is_named_by_its_line_with_what_to_write(string tail, string message)
    {
        var tie = Read($"steps:\n  - id: c-1a2b3c4d\n    section: Install KEDA\n    step: helm list\n    {tail}\n");

        tie.Problems.Should().Contain(p => p.StartsWith("tie.yaml:2") && p.Contains(message));
        tie.Entries.Should().BeEmpty();
    }

    [Fact]
    public void An_entry_without_id_section_or_step_is_a_problem()
    {
        Read("steps:\n  - section: Install KEDA\n    waived: why\n").Problems.Should().ContainSingle()
            .Which.Should().Contain("needs id, section and step");
    }

    [Theory]
    [InlineData("steps: [", "not valid YAML")]
    [InlineData("entries: []", "expected a top-level 'steps:' list")]
    [InlineData("", "expected a top-level 'steps:' list")]
    public void A_file_that_is_not_a_tie_says_so(string yaml, string message) =>
        Read(yaml).Problems.Should().ContainSingle().Which.Should().Contain(message);
}
