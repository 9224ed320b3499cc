using KedaGuidance.Harness.Runner;

namespace KedaGuidance.Harness.Tests.Runner;

public sealed class FeatureCatalogTests
{
    internal static FeatureCatalog Samples { get; } = FeatureCatalog.FromEmbeddedFeatures(typeof(FeatureCatalogTests).Assembly);

    private static ScenarioCase Named(string displayName) => Samples.Cases.Single(c => c.DisplayName == displayName);

    [Fact]
    public void One_case_per_scenario_and_per_examples_row_in_file_order()
    {
        Samples.Cases.Select(c => c.DisplayName).Should().Equal(
            "Runner basics: steps run in order",
            "Runner basics: outline rows [one]",
            "Runner basics: outline rows [two]",
            "Runner basics: undefined step",
            "Runner basics: pending step",
            "Runner basics: failing step",
            "Runner basics: context injection",
            "Runner basics: docstring and table",
            "Runner basics: ignored",
            "Runner basics: ruled scenario",
            "runner-broken.feature: parse error",
            "Second feature: another feature's scenario");
        Samples.Cases.Select(c => c.Id).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void Tags_of_feature_rule_scenario_and_examples_are_combined()
    {
        Named("Runner basics: outline rows [one]").AllTags.Should().Equal("sample", "outline", "examples-tag");
        Named("Runner basics: ruled scenario").AllTags.Should().Equal("sample", "ruletag");
        Named("Runner basics: ignored").IsIgnored.Should().BeTrue();
    }

    [Fact]
    public void Outline_placeholders_are_replaced_in_steps()
    {
        var row = Named("Runner basics: outline rows [two]");
        row.Steps.Single().Text.Should().Be("the journal notes \"two\"");
        row.ExampleArguments.Should().Equal(new Dictionary<string, string> { ["word"] = "two" });
    }

    [Fact]
    public void Backgrounds_of_feature_and_rule_are_prepended()
    {
        Named("Runner basics: steps run in order").BackgroundSteps.Select(s => s.Text)
            .Should().Equal("the journal notes \"background\"");
        Named("Runner basics: ruled scenario").BackgroundSteps.Select(s => s.Text)
            .Should().Equal("the journal notes \"background\"", "the journal notes \"rule background\"");
    }

    [Fact]
    public void Step_kinds_follow_the_keywords()
    {
        Named("Runner basics: steps run in order").Steps.Select(s => s.Kind)
            .Should().Equal(StepKind.Given, StepKind.When, StepKind.Then, StepKind.And, StepKind.But);
    }

    [Fact]
    public void Doc_strings_and_tables_are_kept()
    {
        var steps = Named("Runner basics: docstring and table").Steps;
        steps[0].DocString.Should().Be("hello");
        steps[1].Table.Should().BeEquivalentTo(new[] { new[] { "a", "b" }, new[] { "1", "2" } });
    }

    [Fact]
    public void A_file_that_fails_to_parse_becomes_one_case_naming_file_and_line()
    {
        var broken = Named("runner-broken.feature: parse error");
        broken.ParseError.Should().StartWith("runner-broken.feature:5:");
        broken.Line.Should().Be(5);
    }
}

public sealed class FeatureMessagesTests
{
    [Fact]
    public void Every_case_finds_its_own_pickle_for_reqnrolls_formatters()
    {
        var catalog = FeatureCatalogTests.Samples;
        foreach (var scenario in catalog.Cases.Where(c => c.ParseError is null))
        {
            var messages = catalog.MessagesOf(scenario.FeatureFile);
            messages.Should().NotBeNull();
            var index = messages!.PickleIndexByLine[scenario.Line];
            var pickle = messages.Pickles.ElementAt(index);
            pickle.Name.Should().Be(scenario.ScenarioTitle);
            pickle.Steps.Select(s => s.Text).Should().Equal(scenario.BackgroundSteps.Concat(scenario.Steps).Select(s => s.Text));
        }
    }

    [Fact]
    public void A_file_that_does_not_parse_has_no_messages() =>
        FeatureCatalogTests.Samples.MessagesOf(FeatureCatalogTests.Samples.Cases.Single(c => c.ParseError is not null).FeatureFile)
            .Should().BeNull();
}
