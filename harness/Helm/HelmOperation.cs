using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Helm;

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
