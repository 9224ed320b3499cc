using KedaGuidance.Harness.Static.Knowledge;

namespace KedaGuidance.Harness.Static;

/// <summary>The IAM facts the IAM rules share: policies by file, the KEDA release's namespace and service account.</summary>
public static class GuideIamContext
{
    public static IamPolicy? Policy(GuideDocuments docs, string path) =>
        docs[path] is { } file && file.ParsedParts.FirstOrDefault()?.Root is { } root ? IamPolicy.Parse(path, root) : null;

    /// <summary>The namespace KEDA is installed in: the guide's helm install --namespace, else $KEDA_NAMESPACE.</summary>
    public static string KedaNamespace(GuideDocuments docs) =>
        HelmInstall.In(docs.Commands).FirstOrDefault(h => h.Chart.EndsWith("/keda", StringComparison.Ordinal))?.Namespace
        ?? (docs.Environment.Values.TryGetValue("KEDA_NAMESPACE", out var ns) ? ns : "default");

    /// <summary>
    /// The operator's service account name from the Helm values: chart ≥ 2.14 reads serviceAccount.operator.name and
    /// falls back to the pre-2.14 serviceAccount.name (the guide's template); the chart default is keda-operator.
    /// </summary>
    public static (string Name, YamlDotNet.RepresentationModel.YamlNode? Node) KedaServiceAccount(GuideDocuments docs)
    {
        var values = docs[Guide.GuideLayout.KedaValuesTemplate]?.ParsedParts.FirstOrDefault()?.Root;
        var node = values.Get("serviceAccount", "operator", "name") ?? values.Get("serviceAccount", "name");
        return (node.Str() is { Length: > 0 } name ? name : "keda-operator", node);
    }

    public static string Account(GuideDocuments docs) => docs.Environment.Values.GetValueOrDefault("ACCOUNT_ID", "");

    public static string Region(GuideDocuments docs) => docs.Environment.Values.GetValueOrDefault("AWS_REGION", "");
}
