using FluentAssertions;
using KedaGuidance.Harness.Runner;

namespace KedaGuidance.Harness.Tests.Runner;

/// <summary>
/// The JUnit/TRX method name of a scenario row (<see cref="ScenarioTheoryDiscoverer.NameOf(string, string)"/>); the same
/// names are checked end to end against real JUnit and TRX files by CI's check-test-outputs.py.
/// </summary>
public sealed class ScenarioTheoryDiscovererTests
{
    [Fact]
    public void The_name_is_the_scenario_with_its_example_after_the_feature_prefix() =>
        ScenarioTheoryDiscoverer.NameOf("Install KEDA: The release is deployed [row 1]", "Install KEDA")
            .Should().Be("The release is deployed [row 1]");

    [Fact]
    public void A_dot_becomes_one_dot_leader_so_TRX_does_not_split_the_name_into_a_class() =>
        ScenarioTheoryDiscoverer.NameOf("Static: keda/scaledobject.yaml is well-formed", "Static")
            .Should().Be("keda/scaledobject\u2024yaml is well-formed").And.NotContain(".");

    [Fact]
    public void A_name_with_a_parenthesis_stops_before_it_because_the_JUnit_logger_appends_the_rest() =>
        ScenarioTheoryDiscoverer.NameOf("Scale: It scales out (0 to N)", "Scale").Should().Be("It scales out ");

    [Theory]
    [InlineData("Other: A scenario", "Scale")]      // the display name is not this feature's
    [InlineData("Scale (v2): A scenario", "Scale (v2)")] // a feature title with '(' cannot name its rows
    public void No_name_when_the_display_name_cannot_be_read_back(string display, string feature) =>
        ScenarioTheoryDiscoverer.NameOf(display, feature).Should().BeNull();
}
