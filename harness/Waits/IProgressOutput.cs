namespace KedaGuidance.Harness.Waits;

/// <summary>Where progress lines go: the console, or the running test's live diagnostics.</summary>
public interface IProgressOutput
{
    void WriteLine(string line);
}
