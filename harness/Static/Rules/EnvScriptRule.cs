using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Rendering;

namespace KedaGuidance.Harness.Static.Rules;

/// <summary>
/// setup/env.sh does what the guide relies on, run as the guide runs it (<c>./setup/env.sh</c> from the repository
/// root, then <c>source /home/ec2-user/.bashrc</c>): each envsubst reads a file that exists from there, setup/cluster.yaml
/// is rendered in place (eksctl reads it next), and every variable that file uses is defined in the script's own shell
/// when it renders it — an export appended to a profile only counts after the script sources that profile.
/// </summary>
public sealed class EnvScriptRule : GuideRule
{
    public override string Id => "env-script";
    public override string Family => RuleFamilies.Scripts;
    public override string Checks => "setup/env.sh, run from the repository root: its envsubst inputs exist, it renders setup/cluster.yaml in place, and every variable that file uses is exported (and its profile sourced) before the render";

    public override IEnumerable<Finding> Check(GuideDocuments docs)
    {
        const string file = GuideLayout.EnvScript;
        var script = docs.Model().EnvScript;
        if (script is null)
        {
            yield return Error(file, FindingLocation.None,
                "setup/env.sh is missing: the guide's first step (./setup/env.sh) defines AWS_REGION, ACCOUNT_ID, CLUSTER_NAME, KEDA_NAMESPACE and KEDA_OPERATOR_ROLENAME and renders setup/cluster.yaml.",
                "Restore setup/env.sh.");
            yield break;
        }
        var clusterRendered = false;
        foreach (var render in script.Renders)
        {
            var input = render.Input!;
            var inRepository = InRepository(docs.Inputs.GuideRoot, input, out var escapes);
            if (escapes || !inRepository)
            {
                var meant = GuideRenderPlan.Files.Select(f => f.Path).FirstOrDefault(p => Path.GetFileName(p) == Path.GetFileName(input));
                yield return Error(file, FindingLocation.AtLine(render.Line),
                    $"envsubst < {input}: {(escapes ? "that path leaves the repository" : $"there is no {input} in the repository root")}, where the guide runs ./setup/env.sh (its later commands use repository paths such as setup/cluster.yaml). The shell prints \"No such file or directory\" and renders nothing" +
                    (meant is not null ? $"; {meant} stays unrendered and the next step reads its ${{…}} literally." : "."),
                    meant is not null
                        ? $"Render the repository path: envsubst < {meant} > /tmp/{Path.GetFileName(meant)} && mv /tmp/{Path.GetFileName(meant)} {meant}."
                        : "Use a path relative to the repository root.",
                    $"envsubst {input}");
                if (meant == GuideLayout.ClusterConfig)
                    clusterRendered = true; // The fix above is the one to make; do not report the missing render twice.
                continue;
            }
            if (input == GuideLayout.ClusterConfig)
            {
                clusterRendered = true;
                if (render.Output != input)
                    yield return Error(file, FindingLocation.AtLine(render.Line),
                        $"envsubst renders {input} into {render.Output} and leaves {input} as it was, but the guide then runs eksctl create cluster -f {input}.",
                        $"Move the result back: envsubst < {input} > /tmp/cluster.yaml && mv /tmp/cluster.yaml {input}.",
                        $"envsubst {input}");
            }
            foreach (var finding in Undefined(docs, script, render))
                yield return finding;
        }
        if (!clusterRendered)
            yield return Error(file, FindingLocation.None,
                $"setup/env.sh never renders {GuideLayout.ClusterConfig}, and the guide's next command is eksctl create cluster -f {GuideLayout.ClusterConfig}: eksctl gets ${{CLUSTER_NAME}} and ${{AWS_REGION}} literally and refuses the cluster name.",
                $"End setup/env.sh with: envsubst < {GuideLayout.ClusterConfig} > /tmp/cluster.yaml && mv /tmp/cluster.yaml {GuideLayout.ClusterConfig}",
                "render setup/cluster.yaml");
    }

    // Each variable the rendered file uses must be in the script's shell at the render: a plain export before it,
    // or an export appended to a profile that the script sources after the export and before the render.
    private IEnumerable<Finding> Undefined(GuideDocuments docs, ShellScript script, ShellCommand render)
    {
        if (docs[render.Input!] is not { } input)
            yield break;
        var before = script.Commands.TakeWhile(c => c.Line < render.Line).ToList();
        var missing = new List<string>();
        var unsourced = new List<(string Name, ShellCommand Export)>();
        foreach (var variable in Envsubst.References(input.SourceText))
        {
            var export = before.LastOrDefault(c => c.Kind == ShellCommandKind.Export && c.Name == variable);
            if (export is null)
                missing.Add(variable);
            else if (export.Profile is { } profile && !before.Any(c => c.Kind == ShellCommandKind.Source && c.Line >= export.Line && SameFile(c.Profile!, profile)))
                unsourced.Add((variable, export));
        }
        if (unsourced.Count > 0)
            yield return Error(GuideLayout.EnvScript, FindingLocation.AtLine(render.Line),
                $"setup/env.sh renders {render.Input} at line {render.Line} before it sources {unsourced[0].Export.Profile}: the exports of {string.Join(", ", unsourced.Select(u => $"{u.Name} (line {u.Export.Line})"))} were only appended to that profile, so this shell has none of them and envsubst writes {string.Join(", ", unsourced.Select(u => u.Name))} as empty strings.",
                $"Add source {unsourced[0].Export.Profile} after the last export and before line {render.Line}.",
                $"render {render.Input} before source");
        if (missing.Count > 0)
            yield return Error(GuideLayout.EnvScript, FindingLocation.AtLine(render.Line),
                $"setup/env.sh renders {render.Input} at line {render.Line}, but nothing before it exports {string.Join(", ", missing)}: envsubst writes {(missing.Count == 1 ? "it" : "them")} as empty.",
                $"Export {string.Join(", ", missing)} in setup/env.sh before line {render.Line}.",
                $"render {render.Input} undefined");
    }

    private static bool SameFile(string a, string b) => Home(a) == Home(b);

    private static string Home(string path) => path.Replace("$HOME", "~", StringComparison.Ordinal).Replace("${HOME}", "~", StringComparison.Ordinal)
        .Replace("/home/ec2-user", "~", StringComparison.Ordinal);

    // A path of the script, resolved from the repository root; never looked up outside it (the guide is untrusted).
    private static bool InRepository(string root, string path, out bool escapes)
    {
        var full = Path.GetFullPath(Path.Combine(root, path));
        var inside = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        escapes = !full.StartsWith(inside, StringComparison.Ordinal);
        return !escapes && File.Exists(full);
    }
}
