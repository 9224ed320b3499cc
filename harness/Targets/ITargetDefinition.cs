using KedaGuidance.Harness.Configuration;

namespace KedaGuidance.Harness.Targets;

/// <summary>
/// One target a run can name with KEDAGUIDE_TARGET, as configuration and the engine see it: its name, its own
/// settings and how they are validated, and the profile of strategies a run uses. Concrete targets live in
/// fixtures/Targets/&lt;Name&gt;/ and are found by the catalog; the engine never names one.
/// </summary>
public interface ITargetDefinition
{
    /// <summary>Lowercase, as KEDAGUIDE_TARGET takes it.</summary>
    string Name { get; }

    /// <summary>One line for messages: what the target is and the presets that select it.</summary>
    string Description { get; }

    /// <summary>The settings only this target reads (the README lists them marked with their targets).</summary>
    IReadOnlyList<SettingDefinition> Settings { get; }

    /// <summary>Reads and validates this target's own settings; each problem names the variable, its value and what is accepted.</summary>
    ITargetSettings ReadSettings(TargetSettingsInput input, ICollection<string> problems);

    /// <summary>
    /// The strategies a run on this target uses, plan and live alike. Settings-free: a strategy reads the target's
    /// own settings from the <see cref="Operations.RunContext"/> when it acts.
    /// </summary>
    TargetProfile Profile { get; }
}
