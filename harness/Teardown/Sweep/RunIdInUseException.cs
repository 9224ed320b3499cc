using KedaGuidance.Harness.Configuration;

namespace KedaGuidance.Harness.Teardown.Sweep;

/// <summary>The run's id already labels live resources; the message names them and says what to do.</summary>
public sealed class RunIdInUseException(string runId, IReadOnlyList<SweepCandidate> found)
    : Exception($"{SettingNames.RunId}={runId} already labels live resources: " +
                string.Join("; ", found.Take(10).Select(c => $"{c.Place} {c.Name}")) + (found.Count > 10 ? $" and {found.Count - 10} more" : "") +
                ". The run id is how teardown and the sweep tell a run's resources apart, so a run never reuses one; nothing was created. " +
                $"Unset {SettingNames.RunId} (a fresh id is made), or remove them first: {SettingNames.Sweep}=delete {SettingNames.SweepRunId}={runId} dotnet test --filter Category=sweep.")
{
    public IReadOnlyList<SweepCandidate> Found { get; } = found;
}
