namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>A scaler's documented metadata; <see cref="OneOf"/> lists groups of which one parameter is required.</summary>
public sealed record ScalerSpec(string Type, IReadOnlyList<ScalerParameter> Parameters, IReadOnlyList<IReadOnlyList<string>> OneOf)
{
    public ScalerParameter? this[string name] => Parameters.FirstOrDefault(p => p.Name == name);
}
