using KedaGuidance.Harness.Configuration;

namespace KedaGuidance.Harness.Targets;

/// <summary>
/// The targets a run can name, found by name: KEDAGUIDE_TARGET accepts <see cref="None"/> or one of
/// <see cref="Names"/>. Built from the concrete targets (fixtures/Targets), so the engine lists them without naming
/// any; also the source of the settings table and of the coverage targets.
/// </summary>
public sealed class TargetCatalog
{
    /// <summary>No target: static checks run, cluster scenarios are skipped with a reason (AWS ones run against KEDAGUIDE_AWS_ENDPOINT).</summary>
    public const string None = "none";

    /// <summary>The coverage target every run executes (the guide's files checked without a cluster).</summary>
    public const string StaticCoverage = "static";

    /// <summary>A target planned: its coverage name is <c>plan-NAME</c>.</summary>
    public const string PlanPrefix = "plan-";

    private readonly Dictionary<string, ITargetDefinition> _byName;

    public TargetCatalog(IEnumerable<ITargetDefinition> targets)
    {
        Targets = [.. targets.OrderBy(t => t.Name, StringComparer.Ordinal)];
        _byName = new Dictionary<string, ITargetDefinition>(StringComparer.Ordinal);
        foreach (var target in Targets)
        {
            if (target.Name == None || target.Name != target.Name.ToLowerInvariant() || target.Name.Length == 0 || target.Name.StartsWith(PlanPrefix, StringComparison.Ordinal))
                throw new ArgumentException($"A target may not be named '{target.Name}': use a lowercase name other than '{None}' that does not start with '{PlanPrefix}'.", nameof(targets));
            if (!_byName.TryAdd(target.Name, target))
                throw new ArgumentException($"Two targets are named '{target.Name}'.", nameof(targets));
        }
    }

    /// <summary>In name order.</summary>
    public IReadOnlyList<ITargetDefinition> Targets { get; }

    public IReadOnlyList<string> Names => [.. Targets.Select(t => t.Name)];

    /// <summary>What KEDAGUIDE_TARGET accepts, for messages and the settings table: none, then every name.</summary>
    public string Accepted => string.Join(" | ", [None, .. Names]);

    public ITargetDefinition? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Every setting: the general ones, then each target's own, once each, marked with the targets that read it.</summary>
    public IReadOnlyList<SettingDefinition> Settings =>
    [
        .. SettingDefinitions.General(Accepted),
        .. Targets.SelectMany(t => t.Settings.Select(s => (Target: t.Name, Setting: s)))
            .GroupBy(p => p.Setting.Name, StringComparer.Ordinal)
            .Select(g => g.First().Setting with { Targets = [.. g.Select(p => p.Target)] }),
    ];

    /// <summary>The names a coverage tie may list: static, each target, and each target planned (plan-NAME).</summary>
    public IReadOnlyList<string> CoverageTargets => [StaticCoverage, .. Names, .. Names.Select(n => PlanPrefix + n)];

    /// <summary>One line per target, for a message that says what to set.</summary>
    public string Describe() => string.Join("; ", Targets.Select(t => $"{t.Name}: {t.Description}"));
}
