using KedaGuidance.Harness.Configuration;

namespace KedaGuidance.Harness.Teardown.Sweep;

/// <summary>
/// Before a run creates anything on a target that outlives it, the sweep's own listing (the same sources, the same
/// run-id label or tag) is asked whether anything already carries this run's id: a reused KEDAGUIDE_RUN_ID would make
/// this run's teardown and the sweep take another run's resources for its own. The sweep itself is exempt (it is what
/// removes them), and a plan contacts nothing.
/// </summary>
public static class RunIdInUse
{
    public static async Task RequireUnusedAsync(IEnumerable<ISweepSource> sources, SuiteSettings settings, CancellationToken cancellationToken)
    {
        if (settings.IsPlan || settings.Sweep != SweepMode.Off)
            return;
        var found = new List<SweepCandidate>();
        foreach (var source in sources)
            found.AddRange((await source.ListAsync(cancellationToken)).Where(c => c.RunId == settings.RunId));
        if (found.Count > 0)
            throw new RunIdInUseException(settings.RunId, found);
    }
}
