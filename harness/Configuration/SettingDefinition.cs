namespace KedaGuidance.Harness.Configuration;

/// <summary>
/// One documented setting: what it accepts and its default. The README's settings table lists exactly these (a test
/// checks), a target's own settings marked with the <see cref="Targets"/> that read them.
/// </summary>
public sealed record SettingDefinition(string Name, string Accepted, string Default, string Purpose)
{
    /// <summary>The targets that read this setting; empty for a general setting (every run reads it).</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];
}
