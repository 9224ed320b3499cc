using k8s.Models;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>
/// A workload's <c>spec.selector</c> as the <c>labelSelector</c> query a list takes, in the API server's selector
/// syntax (k8s.io/apimachinery labels.Parse): <c>k=v</c> per matchLabels entry, and per matchExpressions entry
/// <c>k in (a,b)</c>, <c>k notin (a,b)</c>, <c>k</c> (Exists) or <c>!k</c> (DoesNotExist), all and-ed with commas.
/// The client has no such conversion, so it is kept here, once, for every caller that lists a workload's pods.
/// </summary>
internal static class LabelSelectorQuery
{
    /// <summary>The query, or null when the selector has no requirement (a list with it would return every pod).</summary>
    public static string? Of(V1LabelSelector? selector)
    {
        var requirements = (selector?.MatchLabels ?? new Dictionary<string, string>()).Select(l => $"{l.Key}={l.Value}")
            .Concat((selector?.MatchExpressions ?? []).Select(Requirement))
            .ToList();
        return requirements.Count == 0 ? null : string.Join(',', requirements);
    }

    private static string Requirement(V1LabelSelectorRequirement requirement) => requirement.OperatorProperty switch
    {
        "In" => $"{requirement.Key} in ({string.Join(',', requirement.Values ?? [])})",
        "NotIn" => $"{requirement.Key} notin ({string.Join(',', requirement.Values ?? [])})",
        "Exists" => requirement.Key,
        "DoesNotExist" => $"!{requirement.Key}",
        var other => throw new NotSupportedException(
            $"Label selector operator '{other}' on key '{requirement.Key}' is not one Kubernetes defines (In, NotIn, Exists, DoesNotExist); check the workload's spec.selector."),
    };
}
