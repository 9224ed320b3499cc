using System.Text.RegularExpressions;

namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>A <c>helm install</c> / <c>helm upgrade --install</c> command of the guide, parsed.</summary>
public sealed partial record HelmInstall(GuideCommand Command, string Release, string Chart, string? Namespace, string? Version, IReadOnlyList<string> ValuesFiles)
{
    public static IEnumerable<HelmInstall> In(IEnumerable<GuideCommand> commands)
    {
        foreach (var command in commands)
        {
            foreach (var line in command.Text.Split('\n'))
            {
                var words = Words().Matches(line).Select(m => m.Value.Trim('"', '\'')).ToList();
                if (words.Count < 2 || words[0] != "helm" || words[1] is not ("install" or "upgrade"))
                    continue;
                var positional = new List<string>();
                string? ns = null, version = null;
                var values = new List<string>();
                for (var i = 2; i < words.Count; i++)
                {
                    var (flag, inline) = words[i].Contains('=') && words[i].StartsWith('-') ? (words[i][..words[i].IndexOf('=')], words[i][(words[i].IndexOf('=') + 1)..]) : (words[i], null);
                    string Next() => inline ?? (i + 1 < words.Count ? words[++i] : "");
                    switch (flag)
                    {
                        case "-n" or "--namespace": ns = Next(); break;
                        case "--version": version = Next(); break;
                        case "-f" or "--values": values.Add(Next()); break;
                        case "--install" or "--create-namespace" or "--wait" or "--atomic": break;
                        case "--set" or "--set-string" or "--timeout": Next(); break;
                        default: if (!flag.StartsWith('-')) positional.Add(flag); break;
                    }
                }
                if (positional.Count >= 2)
                    yield return new HelmInstall(command, positional[0], positional[1], ns, version, values);
            }
        }
    }

    [GeneratedRegex("\"[^\"]*\"|'[^']*'|\\S+")]
    private static partial Regex Words();
}
