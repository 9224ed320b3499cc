namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>One documented metadata parameter of a KEDA scaler, with the KEDA versions that deprecated or removed it.</summary>
public sealed record ScalerParameter(string Name, ParameterType Type, bool Required = false, IReadOnlyList<string>? Choices = null,
    Version? DeprecatedIn = null, Version? RemovedIn = null, string? Note = null);
