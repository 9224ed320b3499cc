namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>KedaChartValues.txt parsed: each path with the version ranges it exists in.</summary>
internal sealed class KedaChartValueKeysTable
{
    private readonly List<(string Path, bool Open, List<(Version From, Version? To)> Ranges)> _rows = [];

    public static KedaChartValueKeysTable Parse(string text)
    {
        var table = new KedaChartValueKeysTable();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var (path, versions) = (line[..line.IndexOf(' ', StringComparison.Ordinal)], line[(line.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
            var ranges = versions.Split(',').Select(r => r.Split("..") switch
            {
                [var one] => (Version.Parse(one), (Version?)Version.Parse(one)),
                [var from, ""] => (Version.Parse(from), null),
                [var from, var to] => (Version.Parse(from), Version.Parse(to)),
                _ => throw new FormatException($"KedaChartValues.txt: '{r}' is not a version range."),
            }).ToList();
            table._rows.Add((path.TrimEnd('*'), path.EndsWith('*'), ranges));
        }
        return table;
    }

    public KedaChartValueKeys For(Version version)
    {
        var rows = _rows.Where(r => r.Ranges.Any(x => version >= x.From && (x.To is null || version <= x.To))).ToList();
        return new KedaChartValueKeys(
            rows.Where(r => !r.Open).Select(r => r.Path).ToHashSet(StringComparer.Ordinal),
            rows.Where(r => r.Open).Select(r => r.Path).ToHashSet(StringComparer.Ordinal));
    }
}
