using System.Globalization;
using System.Text;

namespace KedaGuidance.Harness.Evidence.Report;

/// <summary>
/// Draws a <see cref="ScalingTimeline"/> as inline SVG: the metric (left axis) against desired and ready replicas
/// (right axis) over time, the oracle's band shaded behind them, a numbered marker where each expected log line was
/// seen, and a tick for each event. Below it: the legend, the scaling phases, the log lines, and the data as a table.
/// </summary>
internal static class TimelineChart
{
    private const double Width = 1160, Height = 340, Left = 64, Right = 64, Top = 26, Bottom = 44;
    private const string MetricColor = "#0969da", DesiredColor = "#bc4c00", ReadyColor = "#1a7f37", BandColor = "#8250df", LogColor = "#6e7781", GapColor = "#cf222e";

    public static string Render(string title, ScalingTimeline timeline)
    {
        var rows = timeline.Drawn().ToArray();
        var html = new StringBuilder();
        html.Append("<figure class=\"chart\">");
        html.Append("<figcaption><strong>").Append(Html.Text(title)).Append("</strong> <span class=\"muted\">")
            .Append(Html.Text(timeline.HasReplicas
                ? $"{timeline.Metric} ({timeline.Unit}) against desired and ready replicas, {rows.Length} observations{GapText(timeline)}"
                : $"{timeline.Metric} ({timeline.Unit}) against the oracle's replica count for it, {rows.Length} observations{GapText(timeline)}"))
            .Append("</span></figcaption>");
        if (rows.Length == 0)
        {
            html.Append("<p class=\"muted\">The timeline has no observations.</p></figure>");
            return html.ToString();
        }

        html.Append(Svg(timeline, rows));
        html.Append(Legend(timeline));
        html.Append(Phases(timeline));
        html.Append(LogLines(timeline, rows[0].At));
        html.Append(DataTable(timeline, rows));
        html.Append("</figure>");
        return html.ToString();
    }

    private static string Svg(ScalingTimeline timeline, TimelineRow[] rows)
    {
        var t0 = rows[0].At;
        var end = new[] { rows[^1].At }
            .Concat(timeline.Bands.Select(b => b.To))
            .Concat(timeline.LogLines.Where(l => l.SeenAt is not null).Select(l => l.SeenAt!.Value))
            .Max();
        var totalSeconds = Math.Max(1, (end - t0).TotalSeconds);
        var x = new ChartScale(0, totalSeconds, Left, Width - Right);
        var (metricY, metricStep) = ChartScale.Nice(rows.Max(r => r.Metric ?? 0), Height - Bottom, Top);
        var replicaMax = new[] { rows.Max(r => Math.Max(r.Desired ?? 0, r.Ready ?? 0)) }
            .Concat(timeline.Bands.Select(b => b.Max)).Max();
        var (replicaY, replicaStep) = ChartScale.Nice(replicaMax, Height - Bottom, Top, ticks: Math.Min(6, Math.Max(1, replicaMax)), integers: true);
        double X(DateTimeOffset at) => x.Map((at - t0).TotalSeconds);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"timeline-chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"")
            .Append(Html.Text($"{timeline.Metric}, desired and ready replicas over time")).Append("\">");

        // Grid and axes: seconds since the first observation below, the metric on the left, replicas on the right.
        foreach (var s in x.Ticks(ChartScale.TimeStep(totalSeconds)))
        {
            var px = x.Map(s);
            svg.Append(Line(px, Top, px, Height - Bottom, "#eaeef2", 1));
            svg.Append(Label(px, Height - Bottom + 16, TimeLabel(s), "middle", "#57606a"));
        }
        foreach (var v in metricY.Ticks(metricStep))
        {
            var py = metricY.Map(v);
            svg.Append(Line(Left, py, Width - Right, py, "#eaeef2", 1));
            svg.Append(Label(Left - 6, py + 4, Html.Number(v), "end", MetricColor));
        }
        foreach (var v in replicaY.Ticks(replicaStep))
            svg.Append(Label(Width - Right + 6, replicaY.Map(v) + 4, Html.Number(v), "start", ReadyColor));
        svg.Append(Line(Left, Height - Bottom, Width - Right, Height - Bottom, "#57606a", 1));
        svg.Append(Label(Left, Top - 10, $"{timeline.Metric} ({timeline.Unit})", "start", MetricColor));
        svg.Append(Label(Width - Right, Top - 10, "replicas", "end", ReadyColor));
        svg.Append(Label((Left + Width - Right) / 2, Height - 6, "time since the first observation", "middle", "#57606a"));

        // The oracle's band: where ready replicas are allowed to be (at least a sliver tall when min = max).
        foreach (var band in timeline.Bands)
        {
            var x1 = X(band.From);
            var x2 = Math.Max(X(band.To), x1 + 1);
            var yTop = replicaY.Map(band.Max + 0.15);
            var yBottom = Math.Min(Height - Bottom, replicaY.Map(band.Min - 0.15));
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"oracle-band\" x=\"{F(x1)}\" y=\"{F(yTop)}\" width=\"{F(x2 - x1)}\" height=\"{F(Math.Max(1, yBottom - yTop))}\" fill=\"{BandColor}\" fill-opacity=\"0.13\" stroke=\"{BandColor}\" stroke-opacity=\"0.5\" stroke-dasharray=\"4 3\">")
                .Append("<title>").Append(Html.Text($"oracle: {band.Min}–{band.Max} replicas — {band.Why}")).Append("</title></rect>");
        }

        svg.Append(Area(rows, X, metricY));
        svg.Append(Path(rows, r => r.Metric, X, metricY, MetricColor, 2, step: false, "metric"));
        svg.Append(Path(rows, r => r.Desired, X, replicaY, DesiredColor, 2, step: true, "desired", dash: "6 4"));
        svg.Append(Path(rows, r => r.Ready, X, replicaY, ReadyColor, 3, step: true, "ready"));

        // One point per metric sample, carrying the sample itself: a reader hovers for the value, and a check can
        // compare the drawn samples with the run record's rows.
        foreach (var r in rows.Where(r => r.Metric is not null))
        {
            var seconds = (r.At - t0).TotalSeconds;
            svg.Append(CultureInfo.InvariantCulture,
                $"<circle class=\"metric-point\" cx=\"{F(X(r.At))}\" cy=\"{F(metricY.Map(r.Metric!.Value))}\" r=\"2.5\" fill=\"{MetricColor}\" data-t=\"{seconds.ToString("0.###", CultureInfo.InvariantCulture)}\" data-value=\"{r.Metric.Value.ToString("R", CultureInfo.InvariantCulture)}\"><title>")
                .Append(Html.Text($"{TimeLabel(seconds)}: {Html.Number(r.Metric.Value)} {timeline.Unit}")).Append("</title></circle>");
        }

        foreach (var r in rows.Where(r => !string.IsNullOrWhiteSpace(r.Event)))
        {
            var px = X(r.At);
            var (css, color) = r.IsGap ? ("gap", GapColor) : ("event", LogColor);
            svg.Append(CultureInfo.InvariantCulture,
                $"<path class=\"{css}\" d=\"M{F(px)} {F(Height - Bottom)} l-4 7 h8 z\" fill=\"{color}\"><title>")
                .Append(Html.Text($"{TimeLabel((r.At - t0).TotalSeconds)}: {r.Event}")).Append("</title></path>");
        }

        var number = 0;
        foreach (var log in timeline.LogLines)
        {
            number++;
            if (log.SeenAt is null)
                continue;
            var px = X(log.SeenAt.Value);
            svg.Append(CultureInfo.InvariantCulture,
                $"<g class=\"log-marker\"><line x1=\"{F(px)}\" y1=\"{F(Top)}\" x2=\"{F(px)}\" y2=\"{F(Height - Bottom)}\" stroke=\"{LogColor}\" stroke-dasharray=\"2 3\"/>")
                .Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(px)}\" cy=\"{F(Top + 8)}\" r=\"8\" fill=\"#fff\" stroke=\"{LogColor}\"/>")
                .Append(Label(px, Top + 12, number.ToString(CultureInfo.InvariantCulture), "middle", "#1f2328"))
                .Append("<title>").Append(Html.Text($"log line {number} seen: {log.Line}")).Append("</title></g>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>A polyline through the observed values; a gap (not observed) breaks the line instead of drawing zero.</summary>
    private static string Path(TimelineRow[] rows, Func<TimelineRow, double?> value, Func<DateTimeOffset, double> x,
        ChartScale y, string color, double width, bool step, string cssClass, string? dash = null)
    {
        var d = new StringBuilder();
        double? previousY = null;
        foreach (var row in rows)
        {
            var v = value(row);
            if (v is null)
            {
                previousY = null;
                continue;
            }
            var px = x(row.At);
            var py = y.Map(v.Value);
            if (previousY is null)
                d.Append(CultureInfo.InvariantCulture, $"M{F(px)} {F(py)} ");
            else if (step)
                d.Append(CultureInfo.InvariantCulture, $"H{F(px)} V{F(py)} ");
            else
                d.Append(CultureInfo.InvariantCulture, $"L{F(px)} {F(py)} ");
            previousY = py;
        }
        if (d.Length == 0)
            return "";
        var dashAttribute = dash is null ? "" : $" stroke-dasharray=\"{dash}\"";
        return $"<path class=\"{cssClass}\" d=\"{d.ToString().TrimEnd()}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"{F(width)}\" stroke-linejoin=\"round\"{dashAttribute}/>";
    }

    /// <summary>A light fill under each observed stretch of the metric, so it reads apart from the replica lines.</summary>
    private static string Area(TimelineRow[] rows, Func<DateTimeOffset, double> x, ChartScale y)
    {
        var d = new StringBuilder();
        var run = new List<TimelineRow>();
        void Flush()
        {
            if (run.Count > 1)
            {
                d.Append(CultureInfo.InvariantCulture, $"M{F(x(run[0].At))} {F(y.Map(0))} ");
                foreach (var r in run)
                    d.Append(CultureInfo.InvariantCulture, $"L{F(x(r.At))} {F(y.Map(r.Metric!.Value))} ");
                d.Append(CultureInfo.InvariantCulture, $"L{F(x(run[^1].At))} {F(y.Map(0))} Z ");
            }
            run.Clear();
        }
        foreach (var row in rows)
        {
            if (row.Metric is null)
                Flush();
            else
                run.Add(row);
        }
        Flush();
        return d.Length == 0 ? "" : $"<path class=\"metric-area\" d=\"{d.ToString().TrimEnd()}\" fill=\"{MetricColor}\" fill-opacity=\"0.08\" stroke=\"none\"/>";
    }

    private static string Legend(ScalingTimeline timeline) =>
        "<div class=\"legend\">"
        + Swatch(MetricColor, Html.Text($"{timeline.Metric} ({timeline.Unit}), left axis"))
        + (timeline.Rows.Any(r => r.Desired is not null) ? Swatch(DesiredColor, "desired replicas (HPA)") : "")
        + (timeline.Rows.Any(r => r.Ready is not null) ? Swatch(ReadyColor, "ready replicas") : "")
        + (timeline.Bands.Count > 0 ? Swatch(BandColor, "oracle's expected band", opacity: 0.35) : "")
        + (timeline.LogLines.Count > 0 ? Swatch(LogColor, "numbered: an expected log line seen") : "")
        + (timeline.Gaps > 0 ? Swatch(GapColor, "a read that failed (a gap, never zero)") : "")
        + "</div>";

    private static string GapText(ScalingTimeline timeline) => timeline.Gaps switch
    {
        0 => "",
        1 => ", 1 failed read",
        var n => $", {n} failed reads",
    };

    private static string Swatch(string color, string text, double opacity = 1) =>
        $"<span><i class=\"swatch\" style=\"background:{color};opacity:{F(opacity)}\"></i>{text}</span>";

    private static string Phases(ScalingTimeline timeline)
    {
        var phases = ScalingPhases.Of(timeline);
        if (!timeline.HasReplicas)
            return "<p class=\"muted\">No workload on this timeline: the band is the oracle's replica count for each measured value.</p>";
        if (phases.Count == 0)
            return "<p class=\"muted\">Ready replicas did not change on this timeline.</p>";
        return "<p class=\"phases\">" + string.Join(" · ", phases.Select(p =>
            $"<strong>{Html.Text(p.Name)} {p.From}→{p.To} ready: {Html.Text(Html.Seconds(p.Duration))}</strong>"))
            + " <span class=\"muted\">(from desired replicas changing to ready replicas reaching the new count)</span></p>";
    }

    private static string LogLines(ScalingTimeline timeline, DateTimeOffset t0)
    {
        if (timeline.LogLines.Count == 0)
            return "";
        var html = new StringBuilder("<table class=\"log-lines\"><tr><th>#</th><th>expected log line (from the guide)</th><th>source</th><th>seen</th></tr>");
        var number = 0;
        foreach (var log in timeline.LogLines)
        {
            number++;
            var seen = log.SeenAt is { } at
                ? $"<span class=\"pill ok\">seen</span> {Html.Text(TimeLabel((at - t0).TotalSeconds))}"
                : "<span class=\"pill bad\">not seen</span>";
            html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"num\">{number}</td><td><code>{Html.Text(log.Line)}</code></td><td>{Html.Text(log.Source)}</td><td>{seen}</td></tr>");
        }
        return html.Append("</table>").ToString();
    }

    private static string DataTable(ScalingTimeline timeline, TimelineRow[] rows)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<details><summary>the {rows.Length} observations and the oracle's bands</summary>");
        html.Append("<table class=\"timeline-rows\"><tr><th>time</th><th>").Append(Html.Text($"{timeline.Metric} ({timeline.Unit})"))
            .Append("</th><th>desired</th><th>ready</th><th>oracle allows</th><th>state</th><th>event</th></tr>");
        foreach (var r in rows)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td class=\"num\">{Html.Text(TimeLabel((r.At - rows[0].At).TotalSeconds))}</td><td class=\"num\">{(r.Metric is { } m ? Html.Number(m) : "—")}</td><td class=\"num\">{(r.Desired?.ToString(CultureInfo.InvariantCulture) ?? "—")}</td><td class=\"num\">{(r.Ready?.ToString(CultureInfo.InvariantCulture) ?? "—")}</td><td class=\"num\">{Html.Text(Allowed(r))}</td><td>{Html.Text(r.State)}</td><td>{Html.Text(r.Event)}</td></tr>");
        }
        html.Append("</table>");
        if (timeline.Bands.Count > 0)
        {
            html.Append("<table class=\"oracle-bands\"><tr><th>from</th><th>to</th><th>expected ready replicas</th><th>why</th></tr>");
            foreach (var b in timeline.Bands)
            {
                html.Append(CultureInfo.InvariantCulture,
                    $"<tr><td class=\"num\">{Html.Text(TimeLabel((b.From - rows[0].At).TotalSeconds))}</td><td class=\"num\">{Html.Text(TimeLabel((b.To - rows[0].At).TotalSeconds))}</td><td>{b.Min}–{b.Max}</td><td>{Html.Text(b.Why)}</td></tr>");
            }
            html.Append("</table>");
        }
        return html.Append("</details>").ToString();
    }

    private static string Allowed(TimelineRow row) => row.Allowed is { } a ? (a.Low == a.High ? $"{a.Low}" : $"{a.Low}–{a.High}") : "";

    private static string TimeLabel(double seconds) => seconds switch
    {
        < 0 => "−" + TimeLabel(-seconds),
        < 120 => $"+{seconds.ToString("0.#", CultureInfo.InvariantCulture)} s",
        _ when seconds % 60 == 0 => $"+{seconds / 60:0} min",
        _ => $"+{(int)(seconds / 60)} min {seconds % 60:0} s",
    };

    private static string Line(double x1, double y1, double x2, double y2, string color, double width) =>
        $"<line x1=\"{F(x1)}\" y1=\"{F(y1)}\" x2=\"{F(x2)}\" y2=\"{F(y2)}\" stroke=\"{color}\" stroke-width=\"{F(width)}\"/>";

    private static string Label(double x, double y, string text, string anchor, string color) =>
        $"<text x=\"{F(x)}\" y=\"{F(y)}\" text-anchor=\"{anchor}\" fill=\"{color}\" font-size=\"12\">{Html.Text(text)}</text>";

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
