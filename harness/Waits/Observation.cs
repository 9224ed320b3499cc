namespace KedaGuidance.Harness.Waits;

/// <summary>
/// One reading of what an expectation watches: whether it holds, what was seen (in words), and whether the state is
/// final (it will never change, e.g. a CloudFormation stack in ROLLBACK_COMPLETE), which ends the wait early.
/// </summary>
public sealed record Observation(bool Met, string Observed, bool Final = false);
