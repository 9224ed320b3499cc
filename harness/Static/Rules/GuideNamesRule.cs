using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Rendering;
using KedaGuidance.Harness.Static.Knowledge;

namespace KedaGuidance.Harness.Static.Rules;

/// <summary>
/// The names the guide's files and commands give agree with each other, so a rename in one place is caught: every
/// namespace a manifest applies into is one the guide creates (a Namespace manifest, its <c>kubectl create namespace</c>,
/// KEDA's <c>$KEDA_NAMESPACE</c>); every service account <c>eksctl create iamserviceaccount</c> makes for a role is one a
/// workload of the guide runs as; every ServiceAccount a ClusterRoleBinding grants is one a workload runs as.
/// </summary>
public sealed class GuideNamesRule : GuideRule
{
    public override string Id => "guide-names";
    public override string Family => RuleFamilies.Workloads;
    public override string Checks => "names agree across files and commands: manifests apply into namespaces the guide creates, eksctl's IAM service accounts and RBAC subjects are the ones workloads run as";

    public override IEnumerable<Finding> Check(GuideDocuments docs)
    {
        var environment = docs.Environment.Values;
        var created = docs.KubernetesObjects.Where(o => o.Is("", "Namespace")).Select(o => o.Name)
            .Concat(ImplementationGuideText.Namespaces.Select(n => GuideCommandLine.Parse(Envsubst.Render(n.Command, environment, out _)).Words.LastOrDefault() ?? ""))
            .Append(GuideIamContext.KedaNamespace(docs))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var obj in docs.KubernetesObjects.Where(o => o.Root.Str("metadata", "namespace") is { Length: > 0 } && !o.Is("keda.sh", "ScaledObject")))
        {
            if (created.Contains(obj.Namespace))
                continue;
            yield return Error(obj.Document.Path, obj.Root.Get("metadata", "namespace"), "metadata.namespace",
                $"{obj.Describe()} is applied into namespace {obj.Namespace}, which the guide never creates (it creates {string.Join(", ", created.Order(StringComparer.Ordinal))}): kubectl apply fails with namespaces \"{obj.Namespace}\" not found.",
                $"Use one of the guide's namespaces, or add a Namespace {obj.Namespace} to the file (or a kubectl create namespace step to the guide).",
                $"namespace {obj.Namespace}");
        }

        var runAs = Workloads.Of(docs).Select(w => (Workload: w, Account: w.PodSpec.Str("serviceAccountName") ?? "default")).ToList();
        foreach (var (step, command) in ImplementationGuideText.ServiceAccounts)
        {
            var line = GuideCommandLine.Parse(Envsubst.Render(command, environment, out _));
            if (line.Flag("--name") is not { } name || line.Flag("--namespace") is not { } ns)
                continue;
            if (runAs.Any(r => r.Account == name && r.Workload.Namespace == ns))
                continue;
            var sameName = runAs.Where(r => r.Account == name).Select(r => r.Workload).ToList();
            var candidate = sameName.FirstOrDefault() ?? runAs.Where(r => r.Workload.Namespace == ns && r.Account != "default").Select(r => r.Workload).FirstOrDefault();
            if (candidate is null)
                continue; // No workload of the guide is meant to use it (or its file is missing): other rules report the file.
            var node = sameName.Count > 0 ? candidate.Root.Get("metadata", "namespace") : candidate.PodSpec.Get("serviceAccountName");
            yield return Error(candidate.Document.Path, node, sameName.Count > 0 ? "metadata.namespace" : "spec.template.spec.serviceAccountName",
                $"The guide's {step} runs eksctl create iamserviceaccount --name {name} --namespace {ns}, but {candidate.Describe()} runs as {(sameName.Count > 0 ? $"{name} in namespace {candidate.Namespace}" : $"'{candidate.PodSpec.Str("serviceAccountName")}'")}: its pods get another service account, without the role's AWS credentials.",
                sameName.Count > 0 ? $"Put {candidate.Describe()} in namespace {ns}." : $"Set serviceAccountName: {name}, as the guide's eksctl command names it.",
                $"iamserviceaccount {ns}/{name}");
        }

        foreach (var binding in docs.KubernetesObjects.Where(o => o.Group == "rbac.authorization.k8s.io" && o.Kind is "ClusterRoleBinding" or "RoleBinding"))
        {
            var subjects = binding.Root.Seq("subjects");
            for (var i = 0; i < subjects.Count; i++)
            {
                if (subjects[i].Str("kind") != "ServiceAccount" || subjects[i].Str("name") is not { } name)
                    continue;
                var ns = subjects[i].Str("namespace") ?? binding.Namespace;
                if (runAs.Any(r => r.Account == name && r.Workload.Namespace == ns))
                    continue;
                var meant = runAs.FirstOrDefault(r => r.Workload.Document.Path == binding.Document.Path && r.Account != "default");
                yield return Error(binding.Document.Path, subjects[i], $"subjects[{i}]",
                    $"{binding.Describe()} grants ServiceAccount {ns}/{name}, which no workload of the guide runs as{(meant.Workload is not null ? $" ({meant.Workload.Describe()} runs as {meant.Workload.Namespace}/{meant.Account})" : "")}: the workload gets none of the role's permissions.",
                    meant.Workload is not null ? $"Grant {meant.Workload.Namespace}/{meant.Account}." : "Name the service account the workload runs as.",
                    $"subject {ns}/{name}");
            }
        }
    }
}
