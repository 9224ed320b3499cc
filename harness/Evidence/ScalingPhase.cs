namespace KedaGuidance.Harness.Evidence;

/// <summary>One change of ready replicas seen on a timeline: from the moment scaling started to the moment it was done.</summary>
public sealed record ScalingPhase(string Name, int From, int To, DateTimeOffset Start, DateTimeOffset End)
{
    public TimeSpan Duration => End - Start;
}
