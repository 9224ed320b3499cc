using System.Reflection;

namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>
/// The KEDA chart versions the suite knows (the newest patch of each minor from 2.12, plus 2.12.0 — the guide's
/// expected output — and 2.14.0, whose operator misses the flat service-account annotations), and their values keys
/// (KedaChartValues.txt). An unpinned <c>helm install kedacore/keda</c> resolves to <see cref="Newest"/>.
/// </summary>
public static class KedaCharts
{
    private static readonly Version K126 = new(1, 26), K127 = new(1, 27), K128 = new(1, 28), K129 = new(1, 29), K130 = new(1, 30),
        K131 = new(1, 31), K132 = new(1, 32), K133 = new(1, 33), K134 = new(1, 34), K135 = new(1, 35);

    public static IReadOnlyList<KedaChart> Known { get; } =
    [
        new(new(2, 12, 0), "2.12.0", RegistryKeys: false, DefaultRegistry: null, SplitServiceAccounts: false, OperatorFallsBackToFlatAnnotations: true, CrdsTakeAdditionalLabels: true, (K126, K128)),
        new(new(2, 12, 1), "2.12.1", RegistryKeys: false, DefaultRegistry: null, SplitServiceAccounts: false, OperatorFallsBackToFlatAnnotations: true, CrdsTakeAdditionalLabels: true, (K126, K128)),
        new(new(2, 13, 2), "2.13.1", RegistryKeys: true, DefaultRegistry: null, SplitServiceAccounts: false, OperatorFallsBackToFlatAnnotations: true, CrdsTakeAdditionalLabels: false, (K127, K129)),
        new(new(2, 14, 0), "2.14.0", RegistryKeys: true, DefaultRegistry: null, SplitServiceAccounts: true, OperatorFallsBackToFlatAnnotations: false, CrdsTakeAdditionalLabels: false, (K127, K129)),
        new(new(2, 14, 3), "2.14.1", RegistryKeys: true, DefaultRegistry: null, SplitServiceAccounts: true, OperatorFallsBackToFlatAnnotations: true, CrdsTakeAdditionalLabels: false, (K127, K129)),
        new(new(2, 15, 2), "2.15.1", RegistryKeys: true, DefaultRegistry: "ghcr.io", SplitServiceAccounts: true, OperatorFallsBackToFlatAnnotations: true, CrdsTakeAdditionalLabels: false, (K128, K130)),
        new(new(2, 16, 1), "2.16.1", RegistryKeys: true, DefaultRegistry: "ghcr.io", SplitServiceAccounts: true, OperatorFallsBackToFlatAnnotations: true, CrdsTakeAdditionalLabels: false, (K129, K131)),
        new(new(2, 17, 2), "2.17.2", RegistryKeys: true, DefaultRegistry: "ghcr.io", SplitServiceAccounts: true, OperatorFallsBackToFlatAnnotations: true, CrdsTakeAdditionalLabels: false, (K130, K132)),
        new(new(2, 18, 3), "2.18.3", RegistryKeys: true, DefaultRegistry: "ghcr.io", SplitServiceAccounts: true, OperatorFallsBackToFlatAnnotations: true, CrdsTakeAdditionalLabels: false, (K131, K133)),
        new(new(2, 19, 0), "2.19.0", RegistryKeys: true, DefaultRegistry: "ghcr.io", SplitServiceAccounts: true, OperatorFallsBackToFlatAnnotations: true, CrdsTakeAdditionalLabels: false, (K132, K134)),
        new(new(2, 20, 2), "2.20.2", RegistryKeys: true, DefaultRegistry: "ghcr.io", SplitServiceAccounts: true, OperatorFallsBackToFlatAnnotations: true, CrdsTakeAdditionalLabels: false, (K133, K135)),
    ];

    /// <summary>What an unpinned install gets: the newest chart the suite knows (kedacore's index serves newer ones later).</summary>
    public static KedaChart Newest => Known[^1];

    public static KedaChart? Find(string version) =>
        Version.TryParse(version, out var v) ? Known.FirstOrDefault(c => c.Version == v) : null;

    /// <summary>
    /// The known chart whose facts a version takes when it is not itself known: the newest known patch of its minor
    /// (the facts kept here change between minors only: registry keys from 2.13, the ghcr.io default from 2.15, split
    /// service accounts from 2.14, CRD labels fixed from 2.13; 2.14.0's annotation bug is its own entry), else the
    /// newest known version below it, else the oldest. A pre-release or build suffix (<c>2.15.0-rc1</c>) is ignored.
    /// </summary>
    public static KedaChart Closest(string version)
    {
        var core = version.Split('-', '+')[0];
        if (!Version.TryParse(core, out var v))
            throw new ArgumentException($"'{version}' is not a chart version (x.y.z).", nameof(version));
        return Known.FirstOrDefault(c => c.Version == v)
            ?? Known.LastOrDefault(c => c.Version.Major == v.Major && c.Version.Minor == v.Minor)
            ?? Known.LastOrDefault(c => c.Version < v)
            ?? Known[0];
    }

    /// <summary>The chart's values keys (<see cref="KedaChartValueKeys"/>) for one known version.</summary>
    public static KedaChartValueKeys ValueKeys(KedaChart chart) => AllKeys.For(chart.Version);

    private static KedaChartValueKeysTable AllKeys { get; } = KedaChartValueKeysTable.Parse(ReadResource("KedaChartValues.txt"));

    private static string ReadResource(string name)
    {
        var assembly = typeof(KedaCharts).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
