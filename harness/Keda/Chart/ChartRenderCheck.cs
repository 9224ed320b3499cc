using KedaGuidance.Harness.Helm;
using KedaGuidance.Harness.Kubernetes;

namespace KedaGuidance.Harness.Keda.Chart;

/// <summary>
/// Checks a real render of the KEDA chart (<c>helm template</c> with the run's exact values files) against what the
/// run depends on, before anything is installed. Each problem names the object and the value, so a chart that
/// renders <c>ghcr.io/ghcr.io/kedacore/keda</c>, runs the operator as another service account, loses the IRSA
/// annotation or the run-id label fails in seconds instead of as ErrImagePull or a scaler without credentials minutes
/// later. This checks what a chart really renders; what the guide's files say is the static layer's business.
/// </summary>
public static class ChartRenderCheck
{
    public static IReadOnlyList<string> Problems(IReadOnlyList<RenderedObject> objects, ChartRenderExpectations expected)
    {
        if (objects.Count == 0)
            return ["the chart rendered no object at all"];
        var problems = new List<string>();
        Images(objects, problems);
        Deployments(objects, expected, problems);
        ChartVersion(objects, expected, problems);
        RunLabels(objects, expected, problems);
        return problems;
    }

    /// <summary>The report of a render that passed.</summary>
    public static ChartRenderReport Report(IReadOnlyList<RenderedObject> objects, ChartRenderExpectations expected) => new(
        objects.Count,
        Workloads(objects).SelectMany(w => w.Template.Containers.Select(c => c.Image)).Distinct(StringComparer.Ordinal).ToList(),
        Workloads(objects).Where(w => w.Object.Kind == "Deployment").Select(w => $"{w.Object.Name} → {w.Template.ServiceAccount ?? "default"}").ToList(),
        objects.Where(o => expected.KindsWithoutRunLabel.Contains(o.Kind) && !HasRunLabel(o.Labels, expected)).Select(o => o.ToString()).ToList());

    private static void Images(IReadOnlyList<RenderedObject> objects, List<string> problems)
    {
        foreach (var (owner, template) in Workloads(objects))
        {
            foreach (var container in template.Containers)
            {
                var where = $"{owner}, {(container.Init ? "init container" : "container")} {container.Name}";
                if (container.Image.Length == 0)
                {
                    problems.Add($"{where}: no image");
                    continue;
                }
                var image = ImageReference.Parse(container.Image);
                if (image.SecondRegistry is { } second)
                    problems.Add($"{where}: image '{image}' names two registries ({image.Registry}, then {second} again at the start of the repository); " +
                                 "no registry serves it, so the pod would end in ErrImagePull (from chart 2.15 the chart prefixes image.*.registry to a repository that already names its registry)");
            }
        }
    }

    private static void Deployments(IReadOnlyList<RenderedObject> objects, ChartRenderExpectations expected, List<string> problems)
    {
        var serviceAccounts = objects.Where(o => o.Kind == "ServiceAccount" && (o.Namespace ?? expected.Namespace) == expected.Namespace)
            .ToDictionary(o => o.Name, StringComparer.Ordinal);
        foreach (var (owner, template) in Workloads(objects))
        {
            if (template.ServiceAccount is { } account && account != "default" && (owner.Namespace ?? expected.Namespace) == expected.Namespace && !serviceAccounts.ContainsKey(account))
                problems.Add($"{owner}: runs as ServiceAccount {expected.Namespace}/{account}, which the chart does not create (its pods would be refused)");
        }
        foreach (var name in expected.Deployments)
        {
            var deployment = objects.FirstOrDefault(o => o.Kind == "Deployment" && o.Name == name && (o.Namespace ?? expected.Namespace) == expected.Namespace);
            if (deployment?.PodTemplate is not { } template)
            {
                var rendered = string.Join(", ", objects.Where(o => o.Kind == "Deployment").Select(o => o.ToString()));
                problems.Add($"no Deployment {expected.Namespace}/{name} in the render (the guide's `kubectl get pods -n {expected.Namespace}` expects its pods; " +
                             $"rendered Deployments: {(rendered.Length > 0 ? rendered : "none")})");
                continue;
            }
            if (!template.Labels.TryGetValue("app", out var app) || app != name)
                problems.Add($"{deployment}: pods labelled app={app ?? "(none)"}, but the expectations select app={name}");
            var account = template.ServiceAccount ?? "default";
            if (name != expected.OperatorDeployment)
                continue;

            if (account != expected.OperatorServiceAccount)
                problems.Add($"{deployment}: runs as ServiceAccount '{account}', but the guide's trust policy trusts " +
                             $"system:serviceaccount:{expected.Namespace}:{expected.OperatorServiceAccount}; KEDA's operator would get no AWS role");
            else if (serviceAccounts.TryGetValue(account, out var operatorAccount))
                OperatorAnnotations(operatorAccount, serviceAccounts.Values, expected, problems);
            OperatorEnv(deployment, template, expected, problems);
        }
    }

    private static void OperatorAnnotations(RenderedObject account, IEnumerable<RenderedObject> accounts, ChartRenderExpectations expected, List<string> problems)
    {
        foreach (var (key, value) in expected.OperatorServiceAccountAnnotations)
        {
            if (account.Annotations.TryGetValue(key, out var actual) && actual == value)
                continue;
            var elsewhere = accounts.Where(a => a.Annotations.TryGetValue(key, out var v) && v == value).Select(a => a.ToString()).ToList();
            problems.Add($"{account}: annotation {key} is {(actual is null ? "missing" : $"'{actual}'")}, expected '{value}' (from the guide's values), so the operator has no AWS identity" +
                         (elsewhere.Count > 0 ? $"; the chart put it on {string.Join(", ", elsewhere)} instead" : ""));
        }
    }

    private static void OperatorEnv(RenderedObject deployment, RenderedPodTemplate template, ChartRenderExpectations expected, List<string> problems)
    {
        var container = template.Containers.FirstOrDefault(c => !c.Init);
        if (container is null)
            return;
        foreach (var (name, value) in expected.OperatorEnv)
        {
            if (!container.Env.TryGetValue(name, out var actual) || actual != value)
                problems.Add($"{deployment}, container {container.Name}: env {name} is {(actual is null ? "missing" : $"'{actual}'")}, expected '{value}' (the suite's values file, chart top-level env)");
        }
    }

    private static void ChartVersion(IReadOnlyList<RenderedObject> objects, ChartRenderExpectations expected, List<string> problems)
    {
        var other = objects.FirstOrDefault(o => o.Labels.TryGetValue("helm.sh/chart", out var chart) && chart != expected.ChartLabel);
        if (other is not null)
            problems.Add($"{other}: label helm.sh/chart={other.Labels["helm.sh/chart"]}, but the pinned chart is {expected.ChartLabel} " +
                         "(helm ignores --version for a chart on disk): set KEDAGUIDE_KEDA_CHART_VERSION to the chart's version, or point KEDAGUIDE_KEDA_CHART at the pinned one");
    }

    private static void RunLabels(IReadOnlyList<RenderedObject> objects, ChartRenderExpectations expected, List<string> problems)
    {
        foreach (var o in objects.Where(o => !expected.KindsWithoutRunLabel.Contains(o.Kind)))
        {
            if (!HasRunLabel(o.Labels, expected))
                problems.Add($"{o}: label {expected.RunLabelKey} is {LabelValue(o.Labels, expected)}, expected '{expected.RunId}' (chart additionalLabels in the suite's values)");
            if (o.PodTemplate is { } template && !HasRunLabel(template.Labels, expected))
                problems.Add($"{o}, pod template: label {expected.RunLabelKey} is {LabelValue(template.Labels, expected)}, expected '{expected.RunId}'");
        }
    }

    private static bool HasRunLabel(IReadOnlyDictionary<string, string> labels, ChartRenderExpectations expected) =>
        labels.TryGetValue(expected.RunLabelKey, out var value) && value == expected.RunId;

    private static string LabelValue(IReadOnlyDictionary<string, string> labels, ChartRenderExpectations expected) =>
        labels.TryGetValue(expected.RunLabelKey, out var value) ? $"'{value}'" : "missing";

    private static IEnumerable<(RenderedObject Object, RenderedPodTemplate Template)> Workloads(IReadOnlyList<RenderedObject> objects) =>
        objects.Where(o => o.PodTemplate is not null).Select(o => (o, o.PodTemplate!));
}
