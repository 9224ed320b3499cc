namespace KedaGuidance.Harness.Static.Knowledge;

public enum ParameterType { Text, Integer, Float, Boolean, Choice, Url }
