namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>A service account the chart renders for a component, with the IRSA role its annotations name (or null).</summary>
public sealed record KedaRenderedServiceAccount(KedaComponent Component, string Name, string? RoleArn);
