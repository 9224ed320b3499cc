using FluentAssertions;
using KedaGuidance.Fixtures.Aws;
using KedaGuidance.Fixtures.Cluster;
using KedaGuidance.Fixtures.Session;
using KedaGuidance.Fixtures.Targets;
using KedaGuidance.Harness.Configuration;
using KedaGuidance.Harness.Teardown.Sweep;
using KedaGuidance.Steps.Runner;
using Reqnroll;

namespace KedaGuidance.Steps.Bindings;

/// <summary>The sweep of earlier runs' leftovers (features/99-sweep.feature).</summary>
[Binding]
public sealed class SweepSteps(SuiteSession session, ScenarioCancellation cancellation, ITestOutputHelper output) : IDisposable
{
    private IDisposable? _clusterClient;

    private readonly List<ISweepSource> _sources = [];
    private SweepReport? _report;

    [Given("the AWS places the sweep lists")]
    public async Task GivenTheAwsPlaces()
    {
        if (session.Settings.IsPlan)
            Assert.Skip("the sweep lists what exists in a cluster and an AWS account; a plan run contacts nothing. Run it without KEDAGUIDE_MODE=plan.");
        var (sources, reason) = await AwsSweepSources.UseAsync(session, cancellation.Token);
        if (reason is not null)
            output.WriteLine("[sweep] " + reason);
        _sources.AddRange(sources);
    }

    [Given("the cluster the sweep lists, on the eks target")]
    public void GivenTheCluster()
    {
        if (session.Settings.IsPlan)
            Assert.Skip("the sweep lists what exists in a cluster and an AWS account; a plan run contacts nothing. Run it without KEDAGUIDE_MODE=plan.");
        var (source, client, reason) = ClusterSweepSource.For(session);
        _clusterClient = client;
        if (reason is not null)
            output.WriteLine("[sweep] " + reason);
        if (source is not null)
            _sources.Add(source);
    }

    public void Dispose() => _clusterClient?.Dispose();

    [When("the sweep lists, decides and, when asked, deletes")]
    public async Task WhenTheSweepRuns()
    {
        if (_sources.Count == 0)
            Assert.Skip($"nothing to sweep: set {SettingNames.AwsEndpoint} (an AWS endpoint), or {SettingNames.Target} to a target whose cluster or AWS outlives its runs ({SuiteTargets.Catalog.Describe()}).");
        output.WriteLine($"[sweep] {SettingNames.Sweep}={session.Settings.Sweep.ToString().ToLowerInvariant()}, " +
            (session.Settings.SweepRunId is { } id ? $"{SettingNames.SweepRunId}={id}" : $"{SettingNames.SweepOlderThan}={session.Settings.SweepOlderThan}") +
            $"; this run is {session.Settings.RunId} (never swept)");
        _report = await new SweepRun(_sources, session.Settings, output.WriteLine).RunAsync(DateTimeOffset.UtcNow, cancellation.Token);
        session.Recorder.Attach("sweep", _report.Decisions.Select(d => new { place = d.Candidate.Place, kind = d.Candidate.Kind, name = d.Candidate.Name, runId = d.Candidate.RunId, selected = d.Selected, reason = d.Reason }).ToArray());
    }

    [Then("every selected resource was deleted, or it was only listed")]
    public void ThenEverySelectedWasDeleted()
    {
        var report = _report ?? throw new InvalidOperationException("the sweep has not run");
        report.Failures.Should().BeEmpty("the sweep reports by name what it could not list or delete");
        if (session.Settings.Sweep == SweepMode.Delete)
            report.Deleted.Should().BeEquivalentTo(report.Selected);
        else
            report.Deleted.Should().BeEmpty($"{SettingNames.Sweep}=list only lists");
    }

    [Then("nothing without the suite's tag was selected")]
    public void ThenNothingUntaggedWasSelected() =>
        (_report ?? throw new InvalidOperationException("the sweep has not run")).Selected
            .Where(c => c.RunId is null || c.RunId == session.Settings.RunId).Should().BeEmpty("the sweep never takes untagged resources nor this run's own");
}
