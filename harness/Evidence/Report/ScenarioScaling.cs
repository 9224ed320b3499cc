namespace KedaGuidance.Harness.Evidence.Report;

/// <summary>A scaling phase of one scenario's timeline, for the page's header and the summary.</summary>
internal sealed record ScenarioScaling(ScenarioRecord Scenario, string Attachment, ScalingTimeline Timeline, IReadOnlyList<ScalingPhase> Phases);
