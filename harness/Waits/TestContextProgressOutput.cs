namespace KedaGuidance.Harness.Waits;

/// <summary>
/// Progress inside an xUnit v3 run. Console output of a test is captured, not shown while it runs, so each line goes
/// out as a diagnostic message (printed live by <c>dotnet test</c> when xunit.runner.json sets
/// <c>"diagnosticMessages": true</c>) and into the running test's output (kept in the TRX and JUnit results).
/// Outside any test it falls back to the console.
/// </summary>
public sealed class TestContextProgressOutput(IProgressOutput? fallback = null) : IProgressOutput
{
    private readonly IProgressOutput _fallback = fallback ?? new ConsoleProgressOutput();

    public void WriteLine(string line)
    {
        var context = TestContext.Current;
        if (context.TestOutputHelper is null && context.TestAssembly is null)
        {
            _fallback.WriteLine(line);
            return;
        }
        context.SendDiagnosticMessage(line);
        try
        {
            context.TestOutputHelper?.WriteLine(line);
        }
        catch (InvalidOperationException)
        {
            // The test finished while a wait's timer ticked; the live diagnostic line above is enough.
        }
    }
}
