using System.Text.Json;

namespace KedaGuidance.Harness.Evidence.Report;

/// <summary>
/// Reads a scenario's attachments the same way whether they are the objects a scenario attached or the JSON they
/// became in run-record.json: a <see cref="ScalingTimeline"/> is recognised by its kind, everything else is JSON.
/// </summary>
internal static class ReportAttachments
{
    public static JsonElement AsJson(object value) =>
        value is JsonElement json ? json : JsonSerializer.SerializeToElement(value, value.GetType(), RunRecorder.JsonOptions);

    public static ScalingTimeline? AsTimeline(object value)
    {
        if (value is ScalingTimeline timeline)
            return timeline;
        var json = AsJson(value);
        if (json.ValueKind != JsonValueKind.Object
            || !json.TryGetProperty("kind", out var kind)
            || kind.ValueKind != JsonValueKind.String
            || kind.GetString() != ScalingTimeline.KindName)
            return null;
        return json.Deserialize<ScalingTimeline>(RunRecorder.JsonOptions);
    }

    public static IEnumerable<(ScenarioRecord Scenario, string Name, ScalingTimeline Timeline)> Timelines(RunRecord record) =>
        from s in record.Scenarios
        from a in s.Attachments
        let t = AsTimeline(a.Value)
        where t is not null
        select (s, a.Key, t);

    public static IEnumerable<(ScenarioRecord Scenario, string Name, JsonElement Value)> Others(ScenarioRecord scenario) =>
        from a in scenario.Attachments
        where AsTimeline(a.Value) is null
        select (scenario, a.Key, AsJson(a.Value));
}
