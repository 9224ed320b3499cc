namespace KedaGuidance.Harness.Static;

/// <summary>
/// One static check of the guide. Adding a rule is one new class in Static/Rules implementing this interface with a
/// parameterless constructor: <see cref="GuideRules"/> finds it by reflection.
/// </summary>
public interface IGuideRule
{
    /// <summary>Stable id, shown in every finding (e.g. <c>keda-trigger-metadata</c>).</summary>
    string Id { get; }

    /// <summary>The family a scenario runs (<see cref="RuleFamilies"/>).</summary>
    string Family { get; }

    /// <summary>What it checks, in one line (the README's rules table).</summary>
    string Checks { get; }

    IEnumerable<Finding> Check(GuideDocuments docs);
}
