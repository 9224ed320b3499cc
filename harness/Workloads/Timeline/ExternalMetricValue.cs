using System.Text.Json;
using k8s.Models;

namespace KedaGuidance.Harness.Workloads.Timeline;

/// <summary>An ExternalMetricValueList's single item value (a Kubernetes quantity such as "12500m").</summary>
public static class ExternalMetricValue
{
    public static double Parse(JsonElement list)
    {
        if (!list.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array || items.GetArrayLength() != 1)
            throw new InvalidOperationException($"The external metric answer does not hold exactly one item: {list.GetRawText()}");
        var value = items[0].GetProperty("value").GetString()
            ?? throw new InvalidOperationException("The external metric item has no value.");
        return (double)new ResourceQuantity(value).ToDecimal();
    }
}
