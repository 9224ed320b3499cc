using Xunit.Sdk;
using Xunit.v3;

namespace KedaGuidance.Harness.Runner;

/// <summary>
/// A scenario's test case: xUnit's own <see cref="XunitTestCase"/> (same display name "Feature: Scenario [example]",
/// traits, unique id; it still invokes <c>GuideScenarios.Scenario(id)</c>), reporting the scenario's title as its
/// method name. Why: VSTest builds a test's FullyQualifiedName from class and method name, and JunitXml.TestLogger
/// 8.1.0 writes <c>&lt;testcase name&gt;</c> from that name's last segment, appending only the display name's
/// parenthesised part (Spekt.TestLogger: TestCaseNameParser, XunitTestAdapter; no logger option changes it — its
/// MethodFormat only prefixes class or namespace). So with the method's own name every row was "Scenario".
/// The TRX logger names results by the display name, which stays as it was.
/// </summary>
public sealed class ScenarioTestCase : XunitTestCase, ICoreTestCase
{
    private string _scenarioName = "";

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public ScenarioTestCase()
    { }

    private ScenarioTestCase(XunitTestCase row, string scenarioName)
        : base(row.TestMethod, row.TestCaseDisplayName, row.UniqueID, row.Explicit, row.TestLabel, row.DisableParallelization, row.SkipExceptions, row.SkipReason, row.SkipType,
            row.SkipUnless, row.SkipWhen, row.Traits, row.TestMethodArguments, row.SourceFilePath, row.SourceLineNumber, row.Timeout) =>
        _scenarioName = scenarioName;

    public static ScenarioTestCase From(XunitTestCase row, string scenarioName) => new(row, scenarioName);

    string ICoreTestCase.TestMethodName => _scenarioName;

    string? ITestCaseMetadata.TestMethodName => _scenarioName;

    protected override void Serialize(IXunitSerializationInfo info)
    {
        base.Serialize(info);
        info.AddValue("scenario", _scenarioName);
    }

    protected override void Deserialize(IXunitSerializationInfo info)
    {
        base.Deserialize(info);
        _scenarioName = info.GetValue<string>("scenario") ?? "";
    }
}
