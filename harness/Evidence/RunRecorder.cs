using System.Text.Json;
using System.Text.Json.Serialization;

namespace KedaGuidance.Harness.Evidence;

/// <summary>
/// Collects the run record while the run goes on: every operation and expectation lands in the current scenario
/// (or in the run's own entries, e.g. teardown at run end). Thread-safe; writes run-record.json after each
/// scenario so that even a killed run leaves its record behind.
/// </summary>
public sealed class RunRecorder(string runId, string mode, string target, string evidenceFolder, TimeProvider? clock = null)
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly Dictionary<string, string> _versions = new(StringComparer.Ordinal);
    private readonly List<DeclaredDeviation> _deviations = [];
    private readonly List<ScenarioRecord> _scenarios = [];
    private readonly List<RecordEntry> _runEntries = [];
    private readonly List<string> _leftovers = [];
    private DateTimeOffset? _start;
    private DateTimeOffset? _end;
    private GuideIdentity? _guide;
    private OpenScenario? _current;
    private int _sequence;

    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string EvidenceFolder { get; } = evidenceFolder;

    public string RecordPath => Path.Combine(EvidenceFolder, "run-record.json");

    public DateTimeOffset Now => _clock.GetUtcNow();

    public void SetGuide(GuideIdentity guide)
    {
        lock (_gate) _guide = guide;
    }

    public void SetVersion(string component, string version)
    {
        lock (_gate) _versions[component] = version;
    }

    /// <summary>Declares a deviation once (same id twice is kept once).</summary>
    public void Declare(DeclaredDeviation deviation)
    {
        lock (_gate)
        {
            if (_deviations.All(d => d.Id != deviation.Id || d.Target != deviation.Target))
                _deviations.Add(deviation);
        }
    }

    public void BeginScenario(string id, string feature, string title, IReadOnlyList<string> tags)
    {
        lock (_gate)
        {
            _start ??= Now;
            _current = new OpenScenario(id, feature, title, tags, Now);
        }
    }

    /// <summary>Adds a finding of the static layer to the current scenario.</summary>
    public void AddFinding(FindingRecord finding)
    {
        lock (_gate) _current?.Findings.Add(finding);
    }

    /// <summary>Attaches named data (a timeline, a coverage table) to the current scenario.</summary>
    public void Attach(string name, object value)
    {
        lock (_gate)
        {
            if (_current is not null)
                _current.Attachments[name] = value;
        }
    }

    /// <summary>
    /// Records an operation or expectation that has ended, in the running scenario (or in the run's own entries, e.g.
    /// teardown at run end). Only the executors call this: everything a run does goes through one of them.
    /// </summary>
    public RecordEntry Record(EntryDraft draft)
    {
        lock (_gate)
        {
            _start ??= draft.Start;
            var entry = new RecordEntry(++_sequence, draft.Type, draft.Kind, draft.Summary, draft.Content, draft.Budget,
                draft.Start, Now - draft.Start, draft.Outcome, draft.Detail);
            if (_current is not null)
                _current.Entries.Add(entry);
            else
                _runEntries.Add(entry);
            return entry;
        }
    }

    /// <summary>The entries recorded so far in the scenario that is running (empty outside a scenario).</summary>
    public IReadOnlyList<RecordEntry> CurrentEntries()
    {
        lock (_gate) return _current is null ? [] : [.. _current.Entries];
    }

    public void EndScenario(ScenarioOutcome outcome, string? error)
    {
        lock (_gate)
        {
            if (_current is null)
                return;
            var c = _current;
            _scenarios.Add(new ScenarioRecord(c.Id, c.Feature, c.Title, c.Tags, c.Start, Now - c.Start, outcome, error,
                [.. c.Entries], [.. c.Findings], new Dictionary<string, object>(c.Attachments)));
            _current = null;
        }
        Write();
    }

    public void AddLeftover(string description)
    {
        lock (_gate) _leftovers.Add(description);
    }

    public RunRecord Snapshot()
    {
        lock (_gate)
        {
            return new RunRecord(runId, mode, target, _guide, new Dictionary<string, string>(_versions), [.. _deviations],
                _start ?? Now, _end, [.. _scenarios], [.. _runEntries], [.. _leftovers]);
        }
    }

    /// <summary>Marks the run finished and writes the record; returns its path.</summary>
    public string Complete()
    {
        lock (_gate) _end = Now;
        return Write();
    }

    /// <summary>
    /// Writes the record atomically (a temporary file of this process, then a rename), with every credential-shaped
    /// string redacted (<see cref="Redaction"/>): a URL's user information, a header-like secret.
    /// </summary>
    public string Write()
    {
        var record = Snapshot();
        Directory.CreateDirectory(EvidenceFolder);
        var temporary = $"{RecordPath}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, Redaction.Redact(JsonSerializer.Serialize(record, JsonOptions)));
        File.Move(temporary, RecordPath, overwrite: true);
        return RecordPath;
    }

    private sealed record OpenScenario(string Id, string Feature, string Title, IReadOnlyList<string> Tags, DateTimeOffset Start)
    {
        public List<RecordEntry> Entries { get; } = [];
        public List<FindingRecord> Findings { get; } = [];
        public Dictionary<string, object> Attachments { get; } = new(StringComparer.Ordinal);
    }
}
