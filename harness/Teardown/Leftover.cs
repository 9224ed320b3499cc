namespace KedaGuidance.Harness.Teardown;

/// <summary>A resource teardown could not remove, with the last error.</summary>
public sealed record Leftover(string Resource, string Error)
{
    public override string ToString() => $"{Resource}: {Error}";
}
