namespace KedaGuidance.Harness.Operations;

/// <summary>The result of an operation that yields nothing.</summary>
public sealed record Done
{
    public static Done Value { get; } = new();
}
