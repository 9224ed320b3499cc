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
        new(new(2, 12, 0), "2.12.0", RegistryKeys: false, DefaultRegistry: null, SplitServiceAccounts: false, OperatorFallsBackToFlatAnnotations: true, (K126, K128)),
        new(new(2, 12, 1), "2.12.1", RegistryKeys: false, DefaultRegistry: null, SplitServiceAccounts: false, OperatorFallsBackToFlatAnnotations: true, (K126, K128)),
        new(new(2, 13, 2), "2.13.1", RegistryKeys: true, DefaultRegistry: null, SplitServiceAccounts: false, OperatorFallsBackToFlatAnnotations: true, (K127, K129)),
        new(new(2, 14, 0), "2.14.0", RegistryKeys: true, DefaultRegistry: null, SplitServiceAccounts: true, OperatorFallsBackToFlatAnnotations: false, (K127, K129)),
        new(new(2, 14, 3), "2.14.1", RegistryKeys: true, DefaultRegistry: null, SplitServiceAccounts: true, OperatorFallsBackToFlatAnnotations: true, (K127, K129)),
        new(new(2, 15, 2), "2.15.1", RegistryKeys: true, DefaultRegistry: "ghcr.io", SplitServiceAccounts: true, OperatorFallsBackToFlatAnnotations: true, (K128, K130)),
        new(new(2, 16, 1), "2.16.1", RegistryKeys: true, DefaultRegistry: "ghcr.io", SplitServiceAccounts: true, OperatorFallsBackToFlatAnnotations: true, (K129, K131)),
        new(new(2, 17, 2), "2.17.2", RegistryKeys: true, DefaultRegistry: "ghcr.io", SplitServiceAccounts: true, OperatorFallsBackToFlatAnnotations: true, (K130, K132)),
        new(new(2, 18, 3), "2.18.3", RegistryKeys: true, DefaultRegistry: "ghcr.io", SplitServiceAccounts: true, OperatorFallsBackToFlatAnnotations: true, (K131, K133)),
        new(new(2, 19, 0), "2.19.0", RegistryKeys: true, DefaultRegistry: "ghcr.io", SplitServiceAccounts: true, OperatorFallsBackToFlatAnnotations: true, (K132, K134)),
        new(new(2, 20, 2), "2.20.2", RegistryKeys: true, DefaultRegistry: "ghcr.io", SplitServiceAccounts: true, OperatorFallsBackToFlatAnnotations: true, (K133, K135)),
    ];

    /// <summary>What an unpinned install gets: the newest chart the suite knows (kedacore's index serves newer ones later).</summary>
    public static KedaChart Newest => Known[^1];

    public static KedaChart? Find(string version) =>
        Version.TryParse(version, out var v) ? Known.FirstOrDefault(c => c.Version == v) : null;

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
