namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>The three workloads the KEDA chart renders, each with its image values key and, from chart 2.14, its own service account.</summary>
public enum KedaComponent { Operator, MetricsApiServer, Webhooks }
