namespace KedaGuidance.Harness.Configuration;

/// <summary>One or more settings are wrong. The message names each variable, its value and what is accepted.</summary>
public sealed class SettingsException(IReadOnlyList<string> problems)
    : Exception("The suite's settings are not valid; nothing was created.\n" + string.Join("\n", problems.Select(p => "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
