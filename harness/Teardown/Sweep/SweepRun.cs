using KedaGuidance.Harness.Configuration;
using Polly;

namespace KedaGuidance.Harness.Teardown.Sweep;

/// <summary>
/// The sweep: lists every source, decides each candidate with <see cref="SweepSelection"/>, prints every decision,
/// and with KEDAGUIDE_SWEEP=delete deletes the selected ones in <see cref="SweepOrder"/>. A failing delete is retried,
/// then reported by name; it never stops the rest. A source that cannot be listed is reported and deletes nothing.
/// Only candidates the selection took are ever passed to a source's delete.
/// </summary>
public sealed class SweepRun(IReadOnlyList<ISweepSource> sources, SuiteSettings settings, Action<string> print, int attempts = 3, TimeSpan? delay = null)
{
    private readonly ResiliencePipeline _retry = TeardownRetry.Pipeline(attempts, delay ?? TimeSpan.FromSeconds(2));

    public async Task<SweepReport> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var failures = new List<Leftover>();
        var decisions = new List<(ISweepSource Source, SweepDecision Decision)>();
        foreach (var source in sources)
        {
            IReadOnlyList<SweepCandidate> listed;
            try
            {
                listed = await source.ListAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures.Add(new Leftover($"{source.Place} (listing)", e.Message));
                print($"[sweep] could not list {source.Place}: {e.Message}");
                continue;
            }
            print($"[sweep] {source.Place}: {listed.Count} candidate(s)");
            foreach (var decision in SweepSelection.Decide(listed, settings, now))
            {
                decisions.Add((source, decision));
                print($"[sweep] {(decision.Selected ? "SELECT" : "keep  ")} {decision.Candidate}: {decision.Reason}");
            }
        }

        var deleted = new List<SweepCandidate>();
        if (settings.Sweep != SweepMode.Delete)
        {
            print($"[sweep] {SettingNames.Sweep}={settings.Sweep.ToString().ToLowerInvariant()}: nothing deleted ({decisions.Count(d => d.Decision.Selected)} selected; set {SettingNames.Sweep}=delete to delete them)");
            return new SweepReport(decisions.Select(d => d.Decision).ToArray(), deleted, failures);
        }

        var selected = decisions.Where(d => d.Decision.Selected).ToDictionary(d => d.Decision.Candidate, d => d.Source);
        foreach (var candidate in SweepOrder.Sort(selected.Keys))
        {
            try
            {
                await _retry.ExecuteAsync(async ct => await selected[candidate].DeleteAsync(candidate, ct), cancellationToken);
                deleted.Add(candidate);
                print($"[sweep] deleted {candidate}");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures.Add(new Leftover(candidate.ToString(), e.Message));
                print($"[sweep] COULD NOT DELETE {candidate}: {e.Message}");
            }
        }
        return new SweepReport(decisions.Select(d => d.Decision).ToArray(), deleted, failures);
    }
}
