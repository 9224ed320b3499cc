namespace KedaGuidance.Steps.Runner;

/// <summary>The current test's cancellation (test host stop, Ctrl+C), injected into step classes.</summary>
public sealed record ScenarioCancellation(CancellationToken Token);
