namespace KedaGuidance.Harness.Runner;

/// <summary>How the runtime should dispatch a step: Given/When/Then or a conjunction (And/But) of the previous one.</summary>
public enum StepKind { Given, When, Then, And, But }
