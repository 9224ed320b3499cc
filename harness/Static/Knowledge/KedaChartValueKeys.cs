namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>The values keys one chart version reads (from KedaChartValues.txt), and how a path of a user's values file fares.</summary>
public sealed class KedaChartValueKeys(IReadOnlySet<string> keys, IReadOnlySet<string> open)
{
    public ValueKeyKind Kind(string path)
    {
        if (open.Contains(path))
            return ValueKeyKind.Open;
        if (keys.Contains(path))
            return ValueKeyKind.Key;
        var prefix = path + ".";
        return keys.Any(k => k.StartsWith(prefix, StringComparison.Ordinal)) || open.Any(k => k.StartsWith(prefix, StringComparison.Ordinal))
            ? ValueKeyKind.Branch
            : ValueKeyKind.Unknown;
    }
}
