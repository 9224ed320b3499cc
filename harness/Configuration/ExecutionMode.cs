namespace KedaGuidance.Harness.Configuration;

/// <summary>Whether operations are performed (<see cref="Live"/>) or only recorded with their deadlines (<see cref="Plan"/>).</summary>
public enum ExecutionMode
{
    Live,
    Plan,
}
