using System.Runtime.CompilerServices;
using Xunit.v3;

namespace KedaGuidance.Harness.Runner;

/// <summary>
/// A theory whose rows are scenarios (<see cref="ScenarioTheoryData"/>): each row's test case is named after its scenario
/// (see <see cref="ScenarioTestCase"/>), so JUnit lists every scenario by its title instead of all under "Scenario".
/// </summary>
[XunitTestCaseDiscoverer(typeof(ScenarioTheoryDiscoverer))]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ScenarioTheoryAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
    : TheoryAttribute(sourceFilePath, sourceLineNumber);
