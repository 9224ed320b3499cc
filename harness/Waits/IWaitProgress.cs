namespace KedaGuidance.Harness.Waits;

/// <summary>
/// What a long wait reports while it runs, so a CI log never goes silent: it begins a scope with what it waits for,
/// the target and its budget, hands over each new observation, and ends with the outcome. The reporter decides when
/// to print (a steady pace, independent of how often the wait polls or how long a watch stays quiet).
/// </summary>
public interface IWaitProgress
{
    IWaitProgressScope Begin(string what, string target, TimeSpan budget);
}
