namespace KedaGuidance.Harness.Evidence.Report;

/// <summary>A linear mapping from data to chart pixels with "nice" round ticks (1, 2, 5 × 10ⁿ).</summary>
internal sealed record ChartScale(double DataMin, double DataMax, double PixelFrom, double PixelTo)
{
    public double Map(double value) =>
        PixelFrom + (value - DataMin) / (DataMax - DataMin) * (PixelTo - PixelFrom);

    /// <summary>A scale from 0 to a round number at or above <paramref name="max"/>, with about <paramref name="ticks"/> ticks.</summary>
    public static (ChartScale Scale, double Step) Nice(double max, double pixelFrom, double pixelTo, int ticks = 5, bool integers = false)
    {
        // Nothing above zero observed (an idle queue): still draw a readable 0–1 axis.
        max = max > 0 ? max : 1;
        var step = NiceStep(max / ticks);
        if (integers)
            step = Math.Max(1, Math.Ceiling(step));
        var top = Math.Max(step, Math.Ceiling(max / step) * step);
        return (new ChartScale(0, top, pixelFrom, pixelTo), step);
    }

    public IEnumerable<double> Ticks(double step)
    {
        for (var v = DataMin; v <= DataMax + step / 1000; v += step)
            yield return v;
    }

    public static double NiceStep(double raw)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / magnitude;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    /// <summary>Tick spacing for a time axis in seconds: steps a person reads at a glance (10 s, 30 s, 1 min, 5 min …).</summary>
    public static double TimeStep(double totalSeconds)
    {
        double[] steps = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600];
        return steps.FirstOrDefault(s => totalSeconds / s <= 10, 7200);
    }
}
