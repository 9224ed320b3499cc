using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Guide;

/// <summary>
/// Loads YAML from the guide into YamlDotNet's representation model within a <see cref="YamlBudget"/>. The model's
/// loader recurses once per level, so an unbounded depth overflows the stack and kills the process with no teardown;
/// here the budget is enforced on the event stream first and a <see cref="YamlBudgetException"/> (a
/// <see cref="YamlException"/> with its mark) is thrown instead. Every place that parses guide YAML goes through this.
/// </summary>
public static class BoundedYaml
{
    public static YamlStream Load(string yaml, YamlBudget? budget = null) =>
        Load(yaml, budget ?? YamlBudget.Default, new YamlBudgetCounter());

    /// <summary>Loads a part of a file whose first line is line <paramref name="lineOffset"/> + 1 of the file, sharing the file's <paramref name="counter"/>.</summary>
    public static YamlStream Load(string yaml, YamlBudget budget, YamlBudgetCounter counter, long lineOffset = 0, long indexOffset = 0)
    {
        var stream = new YamlStream();
        stream.Load(new BudgetedParser(new Parser(new StringReader(yaml)), budget, counter, lineOffset, indexOffset));
        return stream;
    }
}
