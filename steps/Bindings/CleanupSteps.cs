using FluentAssertions;
using KedaGuidance.Fixtures.Session;
using KedaGuidance.Harness.Teardown.Cleanup;
using KedaGuidance.Steps.Runner;
using Reqnroll;

namespace KedaGuidance.Steps.Bindings;

/// <summary>The guide's clean-up sections (features/04-cleanup.feature): each phrase is one <see cref="GuideCleanup"/> step.</summary>
[Binding]
public sealed class CleanupSteps(SuiteSession session, ScenarioCancellation cancellation, ITestOutputHelper output)
{
    private readonly List<CleanupOutcome> _outcomes = [];
    private GuideCleanup? _cleanup;

    /// <summary>The guide's clean-up steps with the names its files give (a phrase of the feature that names something else fails).</summary>
    private IReadOnlyList<CleanupStep> Steps => _steps ??= GuideCleanupSteps.For(session.Run.Guide.Names);
    private IReadOnlyList<CleanupStep>? _steps;

    private GuideCleanup Cleanup => _cleanup ?? throw new InvalidOperationException("The scenario must start with \"Given the resources this run created\".");

    [Given("the resources this run created")]
    public void GivenTheResourcesThisRunCreated()
    {
        _cleanup = new GuideCleanup(session.Run);
        var pending = session.Ledger.Pending;
        output.WriteLine(pending.Count == 0
            ? "the teardown ledger is empty: this run created nothing for the clean-up to remove"
            : "the teardown ledger holds:\n  " + string.Join("\n  ", pending));
    }

    [When(@"^(.+ is deleted|.+ is detached and deleted|KEDA is uninstalled)$")]
    public async Task WhenTheGuideCleansUp(string phrase)
    {
        var outcome = await Cleanup.RunAsync(GuideCleanupSteps.ByPhrase(Steps, phrase), cancellation.Token);
        _outcomes.Add(outcome);
        output.WriteLine(outcome.Describe());
    }

    [Then("it is gone")]
    public async Task ThenItIsGone()
    {
        var last = _outcomes.LastOrDefault() ?? throw new InvalidOperationException("\"it is gone\" must follow a clean-up step.");
        if (last.Skipped is null && last.Report.Removed.Count == 0)
            output.WriteLine($"  {last.Step.Phrase}: this run created none of it (not in the teardown ledger), nothing to check");
        foreach (var line in await Cleanup.ExpectGoneAsync(last, cancellation.Token))
            output.WriteLine("  " + line);
    }

    [Then("the teardown ledger holds nothing the guide's clean-up removes")]
    public void ThenTheLedgerHoldsNothingTheCleanupRemoves()
    {
        var remaining = session.Ledger.Pending.Where(r => Steps.Any(s => s.Matches(r))).ToArray();
        remaining.Should().BeEmpty("every resource the guide's clean-up covers was removed by its step");
        var other = session.Ledger.Pending;
        if (other.Count > 0)
            output.WriteLine("left for the suite's own teardown (not part of the guide's clean-up):\n  " + string.Join("\n  ", other));
    }

    [Then("the recorded deletions delete KEDA's objects before the KEDA release and each namespace after what is in it")]
    public void ThenTheRecordedDeletionsRespectFinalizers() =>
        TeardownOrder.Problems(session.Recorder.CurrentEntries()).Should().BeEmpty("finalizers would otherwise hold objects and namespaces in Terminating");

    [Then("something was removed, or the scenario is skipped as having nothing of this run to clean up")]
    public void ThenSomethingWasRemoved()
    {
        if (_outcomes.All(o => o.Report.Removed.Count == 0))
            Assert.Skip("this run created none of the resources the guide's clean-up removes (the teardown ledger held none of them): "
                + "run features/04-cleanup.feature in the same run as 01–03, e.g. --filter \"Category=cluster|Category=aws\". Steps skipped per target: "
                + string.Join("; ", _outcomes.Where(o => o.Skipped is not null).Select(o => o.Describe())));
    }
}
