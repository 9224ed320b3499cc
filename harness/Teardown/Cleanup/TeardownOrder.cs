using System.Text.RegularExpressions;
using KedaGuidance.Harness.Evidence;

namespace KedaGuidance.Harness.Teardown.Cleanup;

/// <summary>
/// Checks, from recorded operations (a plan or a live run), that deletions respect finalizers: KEDA's objects
/// (ScaledObject, ScaledJob, TriggerAuthentication) are deleted before the KEDA release whose operator removes their
/// finalizers — otherwise they hang in Terminating and so does their namespace — and every namespace is deleted
/// after the objects and Helm releases in it.
/// </summary>
public static partial class TeardownOrder
{
    private static readonly string[] KedaKinds = ["ScaledObject", "ScaledJob", "TriggerAuthentication"];

    public static IReadOnlyList<string> Problems(IEnumerable<RecordEntry> entries)
    {
        var deletes = entries.Where(e => e.Type == EntryType.Operation).Select(Parse).OfType<Deletion>().ToArray();
        var problems = new List<string>();
        for (var i = 0; i < deletes.Length; i++)
        {
            var earlier = deletes[i];
            foreach (var later in deletes.Skip(i + 1))
            {
                if (earlier.Kind == "helm release" && later.Namespace is not null && KedaKinds.Contains(later.Kind))
                    problems.Add($"{later.Summary} comes after {earlier.Summary}: KEDA's operator is gone and cannot remove its finalizer");
                if (earlier.Kind == "Namespace" && later.Namespace == earlier.Name)
                    problems.Add($"{later.Summary} comes after {earlier.Summary}: a namespace must go after what is in it");
            }
        }
        return problems;
    }

    private sealed record Deletion(string Kind, string? Namespace, string Name, string Summary);

    private static Deletion? Parse(RecordEntry entry)
    {
        if (entry.Kind == "kubernetes.delete" && DeleteSummary().Match(entry.Summary) is { Success: true } d)
        {
            var id = d.Groups["id"].Value;
            var slash = id.IndexOf('/');
            return slash < 0
                ? new Deletion(d.Groups["kind"].Value, null, id, entry.Summary)
                : new Deletion(d.Groups["kind"].Value, id[..slash], id[(slash + 1)..], entry.Summary);
        }
        if (HelmUninstallSummary().Match(entry.Summary) is { Success: true } h)
            return new Deletion("helm release", h.Groups["ns"].Value, h.Groups["release"].Value, entry.Summary);
        return null;
    }

    [GeneratedRegex(@"^delete (?<kind>\S+) (?<id>\S+)")]
    private static partial Regex DeleteSummary();

    [GeneratedRegex(@"^helm uninstall (?<release>\S+) --namespace (?<ns>\S+)")]
    private static partial Regex HelmUninstallSummary();
}
