namespace KedaGuidance.Harness.Runner;

/// <summary>
/// One test case: a scenario, or one Examples row of a scenario outline. <see cref="Id"/> sorts in file order
/// across the catalog and is what xUnit carries as the theory argument.
/// </summary>
public sealed record ScenarioCase(
    string Id,
    string FeatureFile,
    string FeatureTitle,
    string FeatureDescription,
    IReadOnlyList<string> FeatureTags,
    string? RuleTitle,
    IReadOnlyList<string> RuleTags,
    string ScenarioTitle,
    string? ExampleLabel,
    IReadOnlyList<string> ScenarioTags,
    IReadOnlyDictionary<string, string> ExampleArguments,
    IReadOnlyList<GherkinStep> BackgroundSteps,
    IReadOnlyList<GherkinStep> Steps,
    int Line,
    string? ParseError = null)
{
    /// <summary>Feature, rule and scenario (and examples) tags, without the leading '@', each once.</summary>
    public IReadOnlyList<string> AllTags =>
        FeatureTags.Concat(RuleTags).Concat(ScenarioTags).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>"Feature: Scenario [example]", the name a person sees in the test explorer and the logs.</summary>
    public string DisplayName => ExampleLabel is null
        ? $"{FeatureTitle}: {ScenarioTitle}"
        : $"{FeatureTitle}: {ScenarioTitle} [{ExampleLabel}]";

    public bool IsIgnored => AllTags.Contains("ignore", StringComparer.OrdinalIgnoreCase);

    public bool HasTag(string tag) => AllTags.Contains(tag, StringComparer.OrdinalIgnoreCase);
}
