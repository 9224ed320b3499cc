namespace KedaGuidance.Harness.Helm;

/// <summary>How a helm command reads in the plan and the evidence: quoted as a shell would need it, the target's flags named, not shown.</summary>
internal static class HelmCommandLine
{
    public static string Format(IReadOnlyList<string> arguments, bool targetsCluster) =>
        "helm " + string.Join(" ", arguments.Select(Quote))
        + (targetsCluster ? " --kubeconfig <the target's kubeconfig> --kube-context <the target's context>" : "");

    /// <summary>The command line followed by the text of each values file, as the record's content.</summary>
    public static string Content(string commandLine, IReadOnlyList<ValuesFile> values) =>
        values.Count == 0 ? commandLine : commandLine + string.Concat(values.Select(v => $"\n\n# -f {v.Name}\n{v.Text}"));

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsLetterOrDigit(c) || "-_./:=@^$+,".Contains(c)) ? argument : $"'{argument.Replace("'", "'\\''")}'";
}
