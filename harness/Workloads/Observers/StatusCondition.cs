namespace KedaGuidance.Harness.Workloads.Observers;

/// <summary>One condition of a custom resource's status.</summary>
public sealed record StatusCondition(string Type, string? Status, string? Reason, string? Message);
