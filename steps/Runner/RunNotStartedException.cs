namespace KedaGuidance.Steps.Runner;

/// <summary>
/// The run could not start (a setting is wrong, the guide cannot be had): every scenario fails with this. The first
/// carries the whole message, the others point at it, so a wrong setting is read once, not once per test. It has no
/// stack trace: the problem is in the user's settings, and the message says which and what to set.
/// </summary>
public sealed class RunNotStartedException(string message) : Exception(message)
{
    public override string? StackTrace => null;
}
