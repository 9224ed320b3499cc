namespace KedaGuidance.Harness.Kubernetes;

/// <summary>What a judge makes of one observation: keep watching, done (met), or failed for good.</summary>
public enum Verdict { Pending, Met, Violated }
