namespace KedaGuidance.Harness.Teardown.Sweep;

/// <summary>What a sweep saw, decided and did; failures by name.</summary>
public sealed record SweepReport(IReadOnlyList<SweepDecision> Decisions, IReadOnlyList<SweepCandidate> Deleted, IReadOnlyList<Leftover> Failures)
{
    public IReadOnlyList<SweepCandidate> Selected => Decisions.Where(d => d.Selected).Select(d => d.Candidate).ToArray();
}
