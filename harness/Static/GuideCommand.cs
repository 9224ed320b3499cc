namespace KedaGuidance.Harness.Static;

/// <summary>A shell command of the implementation guide (e.g. its helm install), with the guide step it belongs to.</summary>
public sealed record GuideCommand(string Step, string Text);
