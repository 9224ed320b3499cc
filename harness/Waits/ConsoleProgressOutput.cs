namespace KedaGuidance.Harness.Waits;

/// <summary>Progress to standard error (or another writer): for code that runs outside a test, such as tools.</summary>
public sealed class ConsoleProgressOutput(TextWriter? writer = null) : IProgressOutput
{
    private readonly TextWriter _writer = writer ?? Console.Error;

    public void WriteLine(string line)
    {
        lock (_writer) _writer.WriteLine(line);
    }
}
