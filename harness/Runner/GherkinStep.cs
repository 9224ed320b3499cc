namespace KedaGuidance.Harness.Runner;

/// <summary>One executable Gherkin step, with its argument already resolved for outline rows.</summary>
public sealed record GherkinStep(
    string Keyword,
    StepKind Kind,
    string Text,
    string? DocString,
    IReadOnlyList<IReadOnlyList<string>>? Table,
    int Line);
