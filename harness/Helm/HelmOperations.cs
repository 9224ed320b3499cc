using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Helm;

/// <summary>A values file handed to <c>helm install -f</c>: its name (as the guide calls it) and its rendered text.</summary>
public sealed record ValuesFile(string Name, string Text);

/// <summary>
/// A helm command as data. <see cref="Arguments"/> are exactly what the live handler passes (it appends
/// <c>--kubeconfig</c> and <c>--kube-context</c> for the target; values files are written to a scratch folder and
/// passed by path). Content is the command line, and the text of each values file.
/// </summary>
public abstract record HelmOperation : Operation<Done>
{
    public abstract IReadOnlyList<string> Arguments { get; }

    /// <summary>Values files this command reads, in -f order.</summary>
    public virtual IReadOnlyList<ValuesFile> Values => [];

    /// <summary>Whether the command talks to the cluster (repo commands do not).</summary>
    public virtual bool TargetsCluster => true;

    public string CommandLine => HelmCommandLine.Format(Arguments, TargetsCluster);

    public override string? Content => HelmCommandLine.Content(CommandLine, Values);

    public override Done Planned() => Done.Value;
}

/// <summary><c>helm repo add NAME URL</c> then <c>helm repo update NAME</c>: idempotent for the same name and URL, and the index is current for the pinned version.</summary>
public sealed record HelmRepoAdd(string Name, string Url) : HelmOperation
{
    public override string Kind => "helm.repo-add";
    public override string Summary => $"helm repo add {Name} {Url}";
    public override bool TargetsCluster => false;
    public override IReadOnlyList<string> Arguments => ["repo", "add", Name, Url];

    /// <summary>Refreshes the index after adding: an existing repository entry is skipped by add and may be stale.</summary>
    public IReadOnlyList<string> UpdateArguments => ["repo", "update", Name];
}

/// <summary>
/// <c>helm install RELEASE CHART --namespace NS --version V -f values…</c>. No <c>--wait</c>: the guide uses none,
/// and checks the components afterwards, which the suite's expectations do with their own budgets.
/// </summary>
public sealed record HelmInstall(string Release, string Chart, string Namespace, string Version, IReadOnlyList<ValuesFile> ValuesFiles) : HelmOperation
{
    public override string Kind => "helm.install";
    public override string Summary => $"helm install {Release} {Chart} --namespace {Namespace} --version {Version}";
    public override IReadOnlyList<ValuesFile> Values => ValuesFiles;

    public override IReadOnlyList<string> Arguments =>
        ["install", Release, Chart, "--namespace", Namespace, "--version", Version, .. ValuesFiles.SelectMany(v => new[] { "-f", v.Name })];
}

/// <summary><c>helm uninstall RELEASE --namespace NS --wait --timeout Ns</c>: waits until the release's resources are deleted, within the budget.</summary>
public sealed record HelmUninstall(string Release, string Namespace, WaitBudget Budget) : HelmOperation
{
    public override string Kind => "helm.uninstall";
    public override string Summary => $"helm uninstall {Release} --namespace {Namespace} (wait within {Budget})";

    public override IReadOnlyList<string> Arguments =>
        ["uninstall", Release, "--namespace", Namespace, "--wait", "--timeout", $"{(int)Math.Ceiling(Budget.Limit.TotalSeconds)}s"];
}

/// <summary>The guide's check: <c>helm list -n NS</c> shows RELEASE deployed, with chart <c>keda-VERSION</c>.</summary>
public sealed record HelmReleaseDeployed(string Release, string Namespace, string ChartName, string ChartVersion) : Expectation
{
    public override string Kind => "helm.release-deployed";
    public override string Summary => $"helm list -n {Namespace} shows {Release} deployed, chart {ChartName}-{ChartVersion}";

    public IReadOnlyList<string> ListArguments => ["list", "--namespace", Namespace, "--output", "json", "--filter", $"^{Release}$"];
}
