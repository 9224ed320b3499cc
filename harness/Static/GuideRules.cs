namespace KedaGuidance.Harness.Static;

/// <summary>The registry: every <see cref="IGuideRule"/> of this assembly, found by reflection, in family then id order.</summary>
public static class GuideRules
{
    public static IReadOnlyList<IGuideRule> All { get; } = typeof(IGuideRule).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IGuideRule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
        .Select(t => (IGuideRule)Activator.CreateInstance(t)!)
        .OrderBy(r => RuleFamilyOrder(r.Family)).ThenBy(r => r.Id, StringComparer.Ordinal)
        .ToList();

    public static IReadOnlyList<IGuideRule> Of(string family)
    {
        if (!RuleFamilies.All.Contains(family))
            throw new ArgumentException($"Unknown rule family '{family}'. Known: {string.Join(", ", RuleFamilies.All)}.", nameof(family));
        return All.Where(r => r.Family == family).ToList();
    }

    private static int RuleFamilyOrder(string family) =>
        RuleFamilies.All.ToList().IndexOf(family) is var i and >= 0 ? i : int.MaxValue;
}
