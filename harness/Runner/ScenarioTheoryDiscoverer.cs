using Xunit.Sdk;
using Xunit.v3;

namespace KedaGuidance.Harness.Runner;

/// <summary>
/// xUnit's theory discoverer, except that a scenario's row becomes a <see cref="ScenarioTestCase"/> named after its
/// scenario. Everything else about the test case (display name, traits, skip, unique id) is what
/// <see cref="TheoryDiscoverer"/> would have made.
/// </summary>
public sealed class ScenarioTheoryDiscoverer : TheoryDiscoverer
{
    protected override async ValueTask<IReadOnlyCollection<IXunitTestCase>> CreateTestCasesForDataRow(ITestFrameworkDiscoveryOptions discoveryOptions,
        IXunitTestMethod testMethod, ITheoryAttribute theoryAttribute, ITheoryDataRow dataRow, object?[] testMethodArguments, string? index)
    {
        var cases = await base.CreateTestCasesForDataRow(discoveryOptions, testMethod, theoryAttribute, dataRow, testMethodArguments, index);
        return [.. cases.Select(c => c is XunitTestCase x && c.GetType() == typeof(XunitTestCase) && NameOf(x) is { } name ? ScenarioTestCase.From(x, name) : c)];
    }

    /// <summary>Written for a '.' in a scenario's method name (see <see cref="NameOf"/>).</summary>
    public const char OneDotLeader = '\u2024';

    /// <summary>
    /// The method name that makes JUnit show "Scenario [example]": the scenario's name, read back from the display name
    /// "Feature: Scenario [example]" and the Feature trait (xUnit hands the discoverer a copy of the row, so the scenario
    /// is read from what <see cref="ScenarioTheoryData"/> put in it). JunitXml.TestLogger appends the display name from
    /// its first '(' to the method name (Spekt.TestLogger XunitTestAdapter, meant for "Method(args)"); when the
    /// scenario's name holds a '(', the method name stops there so that the appended part completes it. Null when the
    /// feature's title itself holds a '(' (a feature title must not: JUnit could not name its rows). A '.' becomes
    /// U+2024 (one dot leader, which reads the same): VSTest's TRX logger splits the FullyQualifiedName at its last '.'
    /// into class and method, so "… scaledobject.yaml is well-formed" would otherwise become a class of its own.
    /// </summary>
    public static string? NameOf(XunitTestCase row) =>
        row.Traits.TryGetValue("Feature", out var features) && features.Count == 1 ? NameOf(row.TestCaseDisplayName, features.First()) : null;

    /// <summary>The method name for a row's display name "Feature: Scenario [example]" of <paramref name="feature"/> (see above).</summary>
    public static string? NameOf(string display, string feature)
    {
        var prefix = feature + ": ";
        if (!display.StartsWith(prefix, StringComparison.Ordinal) || prefix.Contains('(', StringComparison.Ordinal))
            return null;
        var name = display[prefix.Length..].Replace('.', OneDotLeader);
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        return paren > 0 ? name[..paren] : name;
    }
}
