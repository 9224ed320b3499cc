namespace KedaGuidance.Harness.Coverage;

/// <summary>
/// Coverage figures for one scope (a section, or a target). For a target, <see cref="Covered"/> counts the steps that
/// target executes and <see cref="CoveredElsewhere"/> the covered steps only other targets execute.
/// </summary>
public sealed record CoverageFigures(string Scope, int Steps, int Covered, int Waived, int Missing, int CoveredElsewhere)
{
    public override string ToString() =>
        $"{Scope}: {Covered}/{Steps} executed, {Waived} waived, {Missing} missing" +
        (CoveredElsewhere > 0 ? $", {CoveredElsewhere} run by other targets only" : "");
}
