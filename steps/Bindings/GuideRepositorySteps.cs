using FluentAssertions;
using KedaGuidance.Fixtures.Session;
using Reqnroll;

namespace KedaGuidance.Steps.Bindings;

/// <summary>Steps about the guide's repository itself (features/00-guide.feature).</summary>
[Binding]
public sealed class GuideRepositorySteps(SuiteSession session, ITestOutputHelper output)
{
    [Given("the guide's repository")]
    public void GivenTheGuidesRepository() =>
        output.WriteLine($"guide: {session.Guide.Root} ({session.Guide.Identity.Kind} {session.Guide.Identity.Value})");

    [Then("it has these files:")]
    public void ThenItHasTheseFiles(DataTable files)
    {
        var missing = files.Rows
            .Where(row => !session.Guide.Has(row["path"]))
            .Select(row => $"{row["path"]} (the guide: {row["what the guide does with it"]})")
            .ToList();
        missing.Should().BeEmpty(
            "the implementation guide refers to every one of these files, and {0} lacks them", session.Guide.Root);
    }

    [Then("the run record names the guide's commit or content hash")]
    public void ThenTheRunRecordNamesTheGuidesVersion()
    {
        var guide = session.Recorder.Snapshot().Guide;
        guide.Should().NotBeNull();
        guide!.Kind.Should().BeOneOf("git-commit", "content-sha256");
        guide.Value.Should().MatchRegex("^[0-9a-f]{40}(\\+dirty)?$|^[0-9a-f]{64}$");
    }
}
