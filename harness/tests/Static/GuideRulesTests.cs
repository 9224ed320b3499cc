using KedaGuidance.Harness.Static;
using KedaGuidance.Harness.Tests.Configuration;

namespace KedaGuidance.Harness.Tests.Static;

public sealed class GuideRulesTests
{
    [Fact]
    public void Every_rule_is_found_has_a_unique_id_a_known_family_and_a_description()
    {
        GuideRules.All.Should().HaveCountGreaterThanOrEqualTo(19);
        GuideRules.All.Select(r => r.Id).Should().OnlyHaveUniqueItems();
        GuideRules.All.Should().OnlyContain(r => RuleFamilies.All.Contains(r.Family) && r.Checks.Length > 10);
        RuleFamilies.All.Should().OnlyContain(f => GuideRules.Of(f).Count > 0, "every family is a scenario and must run rules");
    }

    [Fact]
    public void The_readme_lists_every_rule()
    {
        var readme = File.ReadAllText(Path.Combine(SettingsReaderTests.RepositoryRoot(), "README.md"));
        foreach (var rule in GuideRules.All)
            readme.Should().Contain($"| `{rule.Id}` |", "README's static conformance table must list every rule");
    }

    [Fact]
    public void A_rule_that_throws_is_an_error_of_that_rule()
    {
        using var guide = new StaticTestGuide();
        var report = StaticConformance.Run(guide.Documents, [new ThrowingRule()]);
        report.Errors.Should().ContainSingle().Which.Message.Should().Contain("could not finish");
    }

    private sealed class ThrowingRule : GuideRule
    {
        public ThrowingRule(int _ = 0) { }
        public override string Id => "test-throwing";
        public override string Family => RuleFamilies.Syntax;
        public override string Checks => "throws, for the test";
        public override IEnumerable<Finding> Check(GuideDocuments docs) => throw new InvalidOperationException("boom");
    }
}
