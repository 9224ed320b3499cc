namespace KedaGuidance.Harness.Static;

public enum DocumentFormat { Yaml, Json, Text }
