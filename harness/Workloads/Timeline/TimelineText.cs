using System.Globalization;
using System.Text;
using KedaGuidance.Harness.Evidence;
using KedaGuidance.Harness.Scaling;

namespace KedaGuidance.Harness.Workloads.Timeline;

/// <summary>The timeline as a fixed-width table for the test output.</summary>
public static class TimelineText
{
    public static string Format(ReplicaTimeline timeline)
    {
        var builder = new StringBuilder("time         metric   desired ready  allowed / line\n");
        foreach (var r in timeline.Rows)
            builder.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.At:HH:mm:ss.f}  {r.Metric?.ToString("0.##", CultureInfo.InvariantCulture) ?? "-",-8} {r.Desired?.ToString(CultureInfo.InvariantCulture) ?? "-",-7} {r.Ready?.ToString(CultureInfo.InvariantCulture) ?? "-",-6} {(r.Kind == TimelineRowKind.Sample ? "" : r.Kind + " ")}{Allowed(r)} {r.State} {r.Event}").TrimEnd());
        foreach (var v in timeline.Violations)
            builder.AppendLine("VIOLATION " + v);
        return builder.ToString();
    }

    private static string Allowed(TimelineRow row) =>
        row.Allowed?.ToString() ?? (row.Desired is null ? "" : "unchecked: no metric yet");
}
