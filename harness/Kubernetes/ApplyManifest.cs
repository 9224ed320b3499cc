using System.Text.Json;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>
/// Server-side apply of a rendered manifest (all its documents), as <c>kubectl apply -f</c> (or <c>kubectl create</c>)
/// does in the guide. Objects without a namespace go to <see cref="DefaultNamespace"/> when their kind is namespaced.
/// Content is the exact JSON each document is sent as, run-id label included.
/// </summary>
public sealed record ApplyManifest(string Source, IReadOnlyList<ManifestDocument> Documents, string RunId, string DefaultNamespace = "default")
    : Operation<IReadOnlyList<ObjectReference>>
{
    public static ApplyManifest FromYaml(string source, string yaml, string runId, string defaultNamespace = "default") =>
        new(source, Manifest.Parse(source, yaml, runId), runId, defaultNamespace);

    public override string Kind => "kubernetes.apply";

    public override string Summary => $"apply {Source}: {string.Join(", ", Documents.Select(d => d.Reference))}";

    /// <summary>True for Secrets: the evidence then names the objects but never their content.</summary>
    public bool Sensitive { get; init; }

    public override string? Content => Sensitive
        ? $"(content withheld: it holds credentials) {string.Join(", ", Documents.Select(d => d.Reference))}"
        : string.Join("\n---\n", Documents.Select(d => Pretty(d.Json)));

    /// <summary>The objects as the manifest names them (a live run resolves the namespace of namespaced kinds).</summary>
    public override IReadOnlyList<ObjectReference> Planned() => Documents.Select(d => d.Reference).ToArray();

    private static string Pretty(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement, PrettyOptions);
    }

    private static readonly JsonSerializerOptions PrettyOptions = new() { WriteIndented = true };
}
