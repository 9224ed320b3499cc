namespace KedaGuidance.Harness.Keda;

/// <summary>
/// Where the KEDA chart comes from (<c>KEDAGUIDE_KEDA_CHART</c>): the kedacore repository, as the guide installs it, or
/// a chart on disk — a folder holding <c>Chart.yaml</c>, or a packaged <c>.tgz</c> — for air-gapped clusters and for
/// checking the render against the real chart while developing (the chart's source is the public repository
/// kedacore/charts, folder <c>keda/</c> at tag <c>v&lt;version&gt;</c>). helm ignores <c>--version</c> for a chart on
/// disk, so the chart preflight checks the version the render names (label <c>helm.sh/chart</c>) instead.
/// </summary>
public abstract record KedaChartSource
{
    public const string RepositoryName = "kedacore";
    public const string RepositoryUrl = "https://kedacore.github.io/charts";
    public const string ChartName = "keda";

    /// <summary>The guide's chart reference, <c>kedacore/keda</c>: the default.</summary>
    public const string RepositoryReference = RepositoryName + "/" + ChartName;

    private KedaChartSource()
    {
    }

    /// <summary>What helm is given as the chart argument.</summary>
    public abstract string Reference { get; }

    /// <summary>True when helm needs the kedacore repository added first (a chart on disk needs no repository, nor network).</summary>
    public bool NeedsRepository => this is Repository;

    /// <summary>The chart from the kedacore Helm repository, as the guide installs it.</summary>
    public sealed record Repository : KedaChartSource
    {
        public override string Reference => RepositoryReference;
    }

    /// <summary>A chart on disk: an unpacked folder (with Chart.yaml) or a packaged .tgz.</summary>
    public sealed record OnDisk(string Path) : KedaChartSource
    {
        public override string Reference => Path;
    }

    public sealed override string ToString() => Reference;

    /// <summary>
    /// Reads the setting's value: unset or <c>kedacore/keda</c> → the repository; an existing folder with Chart.yaml or an
    /// existing .tgz (relative to <paramref name="baseFolder"/>) → that chart. Anything else: null and the reason.
    /// </summary>
    public static KedaChartSource? Parse(string? value, string baseFolder, out string? problem)
    {
        problem = null;
        if (value is null || value == RepositoryReference)
            return new Repository();
        var path = System.IO.Path.GetFullPath(value, baseFolder);
        if (Directory.Exists(path))
        {
            if (File.Exists(System.IO.Path.Combine(path, "Chart.yaml")))
                return new OnDisk(path);
            problem = $"the folder {path} has no Chart.yaml (point at the chart's own folder, e.g. keda/ of kedacore/charts)";
            return null;
        }
        if (File.Exists(path) && (path.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase)))
            return new OnDisk(path);
        problem = value.Contains('/') && !value.StartsWith('.') && !System.IO.Path.IsPathRooted(value)
            ? $"only the kedacore repository ({RepositoryReference}) is known to the suite (its helm configuration is its own); for another chart give its folder or .tgz"
            : $"neither a chart folder nor a .tgz exists at {path}";
        return null;
    }
}
