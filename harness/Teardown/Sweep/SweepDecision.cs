namespace KedaGuidance.Harness.Teardown.Sweep;

/// <summary>Whether the sweep takes a candidate, and why (printed for every candidate).</summary>
public sealed record SweepDecision(SweepCandidate Candidate, bool Selected, string Reason);
