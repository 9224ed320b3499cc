using KedaGuidance.Harness.Coverage;
using KedaGuidance.Harness.Runner;

namespace KedaGuidance.Harness.Tests.Coverage;

public sealed class FeatureReferenceCheckTests
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Features = FeatureReferenceCheck.Index(
        FeatureCatalog.FromTexts([("Tests.features.01-install-keda.feature", """
            Feature: Install KEDA
              Scenario: KEDA is installed with the guide's values
                When helm installs the kedacore chart
                Then the KEDA pods are running
            """)]));

    private static TieEntry Covered(int line, string file, string phrase) =>
        new(line, "c-00000000", "Install KEDA", "helm install keda kedacore/keda", new FeatureReference(file, phrase), ["local"], null);

    [Fact]
    public void A_phrase_in_a_scenario_title_or_step_of_an_existing_feature_is_found()
    {
        FeatureReferenceCheck.Check(
            [Covered(2, "01-install-keda.feature", "KEDA is installed"), Covered(7, "01-install-keda.feature", "the keda pods are RUNNING")],
            Features, "tie.yaml").Should().BeEmpty();
    }

    [Fact]
    public void A_missing_feature_file_is_named_once_with_the_lines_that_name_it()
    {
        var problems = FeatureReferenceCheck.Check(
            [Covered(2, "02-sqs-scale-zero-to-n.feature", "x"), Covered(7, "02-sqs-scale-zero-to-n.feature", "y")], Features, "tie.yaml");

        problems.Should().ContainSingle().Which.Should()
            .StartWith("feature file missing: 02-sqs-scale-zero-to-n.feature is not in features/")
            .And.Contain("ties 2 guide step(s) to it (lines 2, 7)");
    }

    [Fact]
    public void A_phrase_no_scenario_or_step_contains_is_named()
    {
        FeatureReferenceCheck.Check([Covered(4, "01-install-keda.feature", "KEDA is upgraded")], Features, "tie.yaml")
            .Should().ContainSingle().Which.Should().StartWith("phrase missing: tie.yaml:4 (helm install keda kedacore/keda)")
            .And.Contain("\"KEDA is upgraded\", which no scenario title or step of 01-install-keda.feature contains");
    }

    [Fact]
    public void Waived_entries_name_no_feature()
    {
        var waived = new TieEntry(3, "c-00000000", "Install KEDA", "source ~/.bashrc", null, [], "why");
        FeatureReferenceCheck.Check([waived], Features, "tie.yaml").Should().BeEmpty();
    }
}
