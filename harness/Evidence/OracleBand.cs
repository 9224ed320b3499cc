namespace KedaGuidance.Harness.Evidence;

/// <summary>
/// What the scaling oracle allows between two moments: replicas within [Min, Max], and why (KEDA's formula applied
/// to the metric observed, the HPA's tolerance and stabilization windows).
/// </summary>
public sealed record OracleBand(DateTimeOffset From, DateTimeOffset To, int Min, int Max, string Why)
{
    /// <summary>
    /// The bands of a timeline's checked rows (those with a desired count): consecutive rows whose band has the same
    /// bounds become one band, from the first such row to the next checked row (the band held until then); a checked
    /// row without a band (no metric yet) ends a stretch. Event and gap rows do not interrupt one.
    /// </summary>
    public static IReadOnlyList<OracleBand> Of(IReadOnlyList<TimelineRow> rows)
    {
        var ordered = rows.Where(r => r.Desired is not null || r.Allowed is not null).OrderBy(r => r.At).ToArray();
        var bands = new List<OracleBand>();
        OracleBand? open = null;
        foreach (var row in ordered)
        {
            if (open is not null && (row.Allowed is null || row.Allowed.Low != open.Min || row.Allowed.High != open.Max))
            {
                bands.Add(open with { To = row.At });
                open = null;
            }
            if (row.Allowed is { } allowed && open is null)
                open = new OracleBand(row.At, row.At, allowed.Low, allowed.High, allowed.Why);
            else if (open is not null)
                open = open with { To = row.At };
        }
        if (open is not null)
            bands.Add(open);
        return bands;
    }
}
