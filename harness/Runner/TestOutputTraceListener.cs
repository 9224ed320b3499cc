using Reqnroll.Tracing;

namespace KedaGuidance.Harness.Runner;

/// <summary>
/// Sends Reqnroll's step trace ("Given … -> done: …") to the current xUnit test's output, so that each test shows
/// the steps it ran and how long each took. Outside a test (hooks at run start/end) the lines go to the console.
/// </summary>
public sealed class TestOutputTraceListener : ITraceListener
{
    public void WriteTestOutput(string message) => Write(message);

    public void WriteToolOutput(string message) => Write("-> " + message);

    private static void Write(string message)
    {
        var output = TestContext.Current.TestOutputHelper;
        if (output is not null)
            output.WriteLine(message);
        else
            Console.WriteLine(message);
    }
}
