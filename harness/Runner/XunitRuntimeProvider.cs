using Reqnroll;
using Reqnroll.UnitTestProvider;

namespace KedaGuidance.Harness.Runner;

/// <summary>
/// Tells the Reqnroll runtime how to fail, skip or leave a scenario inconclusive under xUnit v3. Reqnroll.xunit.v3
/// would provide this; it is not served to our build machines, so this small substitute does the same.
/// Pending and undefined steps fail (a conformance run must not look green because a step had no binding);
/// ignore and inconclusive become xUnit skips, with Reqnroll's message.
/// </summary>
public sealed class XunitRuntimeProvider : IUnitTestRuntimeProvider
{
    public const string Name = "kedaguidance-xunit3";

    public void TestPending(string message) => throw new ScenarioFailure(message);

    public void TestInconclusive(string message) => Assert.Skip(message);

    public void TestIgnore(string message) => Assert.Skip(message);

    public ScenarioExecutionStatus? DetectExecutionStatus(Exception exception) =>
        IsSkip(exception, out _) ? ScenarioExecutionStatus.Skipped : null;

    /// <summary>True when <paramref name="exception"/> is an xUnit dynamic skip (Assert.Skip); <paramref name="reason"/> is its text.</summary>
    public static bool IsSkip(Exception exception, out string reason)
    {
        var skip = exception.Message.StartsWith(SkipMarker, StringComparison.Ordinal);
        reason = skip ? exception.Message[SkipMarker.Length..] : "";
        return skip;
    }

    // xUnit v3 marks a dynamic skip by this prefix on the exception message (Assert.Skip).
    private const string SkipMarker = "$XunitDynamicSkip$";
}
