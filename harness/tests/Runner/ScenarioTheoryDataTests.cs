using KedaGuidance.Harness.Runner;

namespace KedaGuidance.Harness.Tests.Runner;

public sealed class ScenarioTheoryDataTests
{
    private static TheoryDataRow<string> RowFor(string displayName) =>
        ScenarioTheoryData.Row(FeatureCatalogTests.Samples.Cases.Single(c => c.DisplayName == displayName));

    [Fact]
    public void Each_row_carries_the_id_the_display_name_and_no_label()
    {
        var row = RowFor("Runner basics: outline rows [two]");
        row.TestDisplayName.Should().Be("Runner basics: outline rows [two]");
        row.Label.Should().BeEmpty();
        ((ITheoryDataRow)row).GetData().Should().ContainSingle().Which.Should().BeOfType<string>().Which.Should().MatchRegex(@"^\d{3}-\d{4}$");
        row.Skip.Should().BeNull();
    }

    [Fact]
    public void Every_tag_is_a_category_trait_and_the_feature_title_a_feature_trait()
    {
        var row = RowFor("Runner basics: ruled scenario");
        row.Traits["Category"].Should().BeEquivalentTo(["sample", "ruletag"]);
        row.Traits["Feature"].Should().BeEquivalentTo(["Runner basics"]);
    }

    [Fact]
    public void Ignore_becomes_skip_with_the_file_named() =>
        RowFor("Runner basics: ignored").Skip.Should().Be("tagged @ignore in runner-basics.feature");
}
