using KedaGuidance.Harness.Static;
using KedaGuidance.Harness.Static.Knowledge;

namespace KedaGuidance.Harness.Tests.Static;

public sealed class CompatibilityMatrixTests
{
    [Fact]
    public void Every_known_chart_is_a_row_with_the_verdict_the_charts_give_the_guides_files()
    {
        using var guide = new StaticTestGuide();
        var rows = CompatibilityMatrix.For(guide.Documents).ToDictionary(r => r.Chart);

        rows.Keys.Should().Equal(KedaCharts.Known.Select(c => c.Name));
        rows["2.12.0"].Should().Match<CompatibilityRow>(r => r.Verdict == CompatibilityMatrix.Untested && r.ImagesPull && r.OperatorHasRole && r.GuideKubernetes == "1.29"
                                                             && r.IgnoredParameters.Contains("metricName") && r.DeprecatedParameters.Length == 0);
        rows["2.14.0"].Should().Match<CompatibilityRow>(r => r.Verdict == CompatibilityMatrix.Broken && !r.OperatorHasRole && r.ImagesPull);
        rows["2.14.3"].Should().Match<CompatibilityRow>(r => r.Verdict == CompatibilityMatrix.Works && r.OperatorImage == "ghcr.io/kedacore/keda:2.14.1"
                                                             && r.DeprecatedParameters.Contains("identityOwner"));
        rows["2.20.2"].Should().Match<CompatibilityRow>(r => r.Verdict == CompatibilityMatrix.Broken && !r.ImagesPull && !r.TestedOnGuideKubernetes
                                                             && r.OperatorImage == "ghcr.io/ghcr.io/kedacore/keda:2.20.2" && r.IgnoredValues.Contains("podIdentity.activeDirectory"));
    }

    [Fact]
    public void The_unpinned_helm_install_is_told_the_newest_chart_that_works()
    {
        using var guide = new StaticTestGuide();
        guide.RunAll().Warnings.Single(w => w.RuleId == "helm-chart-pinned").Hint.Should().StartWith("Add --version 2.14.3:");
    }
}
