namespace KedaGuidance.Harness.Scaling;

/// <summary>A desired replica count the oracle does not accept at that time, with what was seen and what was allowed.</summary>
public sealed record TimelineViolation(DateTimeOffset At, int Desired, double? LastMetric, string Allowed, string Reason)
{
    public override string ToString() =>
        $"{At:HH:mm:ss.f}: desired {Desired} with metric {(LastMetric is { } m ? m.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) : "unknown")} — {Reason}; allowed {Allowed}";
}
