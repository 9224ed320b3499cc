using System.Text.Json;

namespace KedaGuidance.Harness.Workloads.Observers;

/// <summary>Reads status.conditions of a ScaledObject as the API returns it (JSON).</summary>
public static class ScaledObjectStatus
{
    public static StatusCondition? Condition(JsonElement scaledObject, string type)
    {
        if (!scaledObject.TryGetProperty("status", out var status) || !status.TryGetProperty("conditions", out var conditions) || conditions.ValueKind != JsonValueKind.Array)
            return null;
        foreach (var c in conditions.EnumerateArray())
        {
            if (Text(c, "type") == type)
                return new StatusCondition(type, Text(c, "status"), Text(c, "reason"), Text(c, "message"));
        }
        return null;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
