using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Coverage;

namespace KedaGuidance.Harness.Tests.Coverage;

/// <summary>
/// The committed tie file against the real implementation guide (KEDAGUIDE_GUIDE_TEXT, as CI sets it): complete as
/// it is, and one edited command in a copy of the text makes the check fail naming that command and its section.
/// </summary>
public sealed class ImplementationGuideCoverageTests
{
    private const string HelmInstall = "helm install keda kedacore/keda --namespace ${KEDA_NAMESPACE} -f keda/keda-values.yaml";

    private static (string Guide, CoverageTie Tie) Inputs()
    {
        var solution = SolutionFolder();
        var configured = Environment.GetEnvironmentVariable(SettingNames.GuideText);
        if (string.IsNullOrWhiteSpace(configured))
            Assert.Skip($"needs the implementation guide's text: set {SettingNames.GuideText} (CI: ../shared/guide/implementation-guide.txt).");
        var guide = File.ReadAllText(Path.GetFullPath(configured, solution));
        var tie = CoverageTieReader.Read(File.ReadAllText(Path.Combine(solution, GuideCoverage.TieFileName)), GuideCoverage.TieFileName, SuiteTargets.Catalog.CoverageTargets);
        return (guide, tie);
    }

    [Fact]
    public void The_tie_file_covers_or_waives_every_step_of_the_guide()
    {
        var (guide, tie) = Inputs();

        var result = CoverageCheck.Check(GuideTextReader.Read(guide), tie, GuideCoverage.TieFileName);

        result.Problems.Should().BeEmpty();
        result.Steps.Should().HaveCountGreaterThan(50);
    }

    [Fact]
    public void Editing_one_command_in_a_copy_of_the_guide_fails_naming_that_command()
    {
        var (guide, tie) = Inputs();
        guide.Should().Contain(HelmInstall);
        var edited = guide.Replace(HelmInstall, HelmInstall + " --version 2.16.1");

        var result = CoverageCheck.Check(GuideTextReader.Read(edited), tie, GuideCoverage.TieFileName);

        result.IsComplete.Should().BeFalse();
        result.Problems.Should().HaveCount(2);
        result.Problems[0].Should().MatchRegex(@"^missing: section ""Install KEDA"", line \d+: ")
            .And.Contain($": {HelmInstall} --version 2.16.1 — neither covered nor waived");
        result.Problems[1].Should().StartWith("stale: features/guide-coverage.yaml:").And.Contain($"in section \"Install KEDA\": {HelmInstall} —");
        var message = GuideCoverage.Describe("Guide coverage", result.Problems, result.PerTarget);
        message.Should().Contain("2 problem(s)").And.Contain($"{HelmInstall} --version 2.16.1");
    }

    private static string SolutionFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "KedaGuidance.sln")))
                return folder.FullName;
        }
        throw new InvalidOperationException("KedaGuidance.sln not found above " + AppContext.BaseDirectory);
    }
}
