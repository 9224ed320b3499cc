using System.Text.Json;
using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Rendering;
using KedaGuidance.Harness.Static;
using KedaGuidance.Harness.Static.Knowledge;
using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Keda;

/// <summary>
/// Who the KEDA operator must be for the guide's AWS access to work, read from the guide itself: the service account
/// its trust policy trusts (<c>…:sub = system:serviceaccount:${KEDA_NAMESPACE}:keda-operator</c>) and the IRSA role
/// annotation its Helm values set (<c>serviceAccount.annotations</c>, or <c>serviceAccount.operator.annotations</c> in
/// the chart's newer layout). The chart preflight checks the render gives the operator exactly these.
/// </summary>
public static class OperatorIdentity
{
    /// <summary>The chart's own name for the operator's service account, used when the trust policy names none.</summary>
    public const string ChartDefaultServiceAccount = KedaChart.OperatorServiceAccount;

    /// <summary>The service account name of the trust policy's <c>:sub</c> condition, rendered as the guide renders the file.</summary>
    public static string TrustedServiceAccount(string guideRoot, GuideEnvironment environment)
    {
        if (new GuideFiles(guideRoot).Read(GuideLayout.KedaTrustPolicy).Text is not { } source)
            return ChartDefaultServiceAccount; // missing, or refused (a link, not UTF-8 …): the static layer reports it
        var text = GuideRenderer.RenderText(source, GuideRenderPlan.For(GuideLayout.KedaTrustPolicy), environment.Values, out _);
        try
        {
            using var document = JsonDocument.Parse(text);
            foreach (var subject in Subjects(document.RootElement))
            {
                var parts = subject.Split(':');
                if (parts is ["system", "serviceaccount", _, { Length: > 0 } name])
                    return name;
            }
        }
        catch (JsonException)
        {
            // A trust policy that does not parse is the static layer's finding (json-parse); the chart's name stands in.
        }
        return ChartDefaultServiceAccount;
    }

    /// <summary>The IRSA role ARN the guide's rendered values annotate the operator's service account with; null when they set none.</summary>
    public static string? RoleArn(string valuesYaml)
    {
        var stream = BoundedYaml.Load(valuesYaml);
        var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        return root.Str("serviceAccount", "operator", "annotations", KedaChartRender.RoleAnnotation) ?? root.Str("serviceAccount", "annotations", KedaChartRender.RoleAnnotation);
    }

    private static IEnumerable<string> Subjects(JsonElement policy)
    {
        if (!policy.TryGetProperty("Statement", out var statements))
            yield break;
        foreach (var statement in statements.ValueKind == JsonValueKind.Array ? statements.EnumerateArray().ToArray() : [statements])
        {
            if (!statement.TryGetProperty("Condition", out var condition) || condition.ValueKind != JsonValueKind.Object)
                continue;
            foreach (var test in condition.EnumerateObject().Where(t => t.Value.ValueKind == JsonValueKind.Object))
            {
                foreach (var key in test.Value.EnumerateObject().Where(k => k.Name.EndsWith(":sub", StringComparison.Ordinal) && k.Value.ValueKind == JsonValueKind.String))
                    yield return key.Value.GetString()!;
            }
        }
    }
}
