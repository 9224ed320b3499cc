using System.Text.Json;
using KedaGuidance.Harness.Evidence;

namespace KedaGuidance.Harness.Tests.Evidence;

/// <summary>
/// run-record.json keeps its shape with typed entries: the same field names, and type and outcome as the lowercase
/// strings CI scripts (.ci/stages/20-aws-moto.sh, .ci/check-test-outputs.py) and older records hold.
/// </summary>
public sealed class RunRecordJsonTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kg-record-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(EntryOutcome.Done, "done")]
    [InlineData(EntryOutcome.Met, "met")]
    [InlineData(EntryOutcome.NotMet, "not met")]
    [InlineData(EntryOutcome.Planned, "planned")]
    [InlineData(EntryOutcome.Cancelled, "cancelled")]
    [InlineData(EntryOutcome.Failed, "failed")]
    public void Entry_outcomes_are_written_as_the_record_has_always_held_them(EntryOutcome outcome, string written)
    {
        var entry = WrittenEntries(new EntryDraft(EntryType.Expectation, "k", "s", DateTimeOffset.UnixEpoch, outcome) { Budget = "1 s" }).Single();

        entry.GetProperty("outcome").GetString().Should().Be(written);
        entry.GetProperty("type").GetString().Should().Be("expectation");
        outcome.Text().Should().Be(written, "the report shows the same text the record holds");
    }

    [Fact]
    public void Entries_keep_their_field_names()
    {
        var entry = WrittenEntries(new EntryDraft(EntryType.Operation, "sqs.send-messages", "send 500", DateTimeOffset.UnixEpoch, EntryOutcome.Done)
        {
            Content = "c", Detail = "sent 500 of 500",
        }).Single();

        entry.EnumerateObject().Select(p => p.Name).Should().Equal("sequence", "type", "kind", "summary", "content", "start", "duration", "outcome", "detail");
        entry.GetProperty("type").GetString().Should().Be("operation");
    }

    [Fact]
    public void A_record_written_with_the_former_strings_reads_back_typed()
    {
        var path = Path.Combine(_folder, "run-record.json");
        File.WriteAllText(path, """
            {"runId":"r1","mode":"live","target":"local","versions":{},"deviations":[],"start":"2026-11-28T10:00:00+00:00",
             "scenarios":[{"id":"a","feature":"f","title":"t","tags":[],"start":"2026-11-28T10:00:00+00:00","duration":"00:00:01",
               "outcome":"failed","entries":[
                 {"sequence":1,"type":"operation","kind":"k","summary":"s","start":"2026-11-28T10:00:00+00:00","duration":"00:00:01","outcome":"done"},
                 {"sequence":2,"type":"expectation","kind":"k","summary":"s","budget":"1 s","start":"2026-11-28T10:00:00+00:00","duration":"00:00:01","outcome":"not met"}],
               "findings":[],"attachments":{}}],
             "runEntries":[],"leftovers":[]}
            """);

        var scenario = RunRecordFile.Read(path).Scenarios.Single();

        scenario.Outcome.Should().Be(ScenarioOutcome.Failed);
        scenario.Entries.Select(e => (e.Type, e.Outcome)).Should().Equal((EntryType.Operation, EntryOutcome.Done), (EntryType.Expectation, EntryOutcome.NotMet));
    }

    private IEnumerable<JsonElement> WrittenEntries(EntryDraft draft)
    {
        var recorder = new RunRecorder("r1", "live", "local", _folder);
        recorder.BeginScenario("a", "f", "t", []);
        recorder.Record(draft);
        recorder.EndScenario(ScenarioOutcome.Passed, null);
        using var json = JsonDocument.Parse(File.ReadAllText(recorder.RecordPath));
        return json.RootElement.GetProperty("scenarios")[0].GetProperty("entries").EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
