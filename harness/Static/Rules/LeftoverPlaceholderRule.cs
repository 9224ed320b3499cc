using System.Text.RegularExpressions;
using KedaGuidance.Harness.Rendering;

namespace KedaGuidance.Harness.Static.Rules;

/// <summary>
/// Nothing of the form <c>{VAR}</c>, <c>${VAR}</c> or <c>$VAR</c> survives the guide's rendering: a sed-rendered
/// file keeps every <c>$</c> reference and every placeholder its sed commands do not name; an envsubst-rendered file
/// keeps <c>{VAR}</c> and shell-only forms such as <c>${VAR:-default}</c>.
/// <c>$$1</c> and <c>$${1}</c> in the ADOT collector config are not placeholders: the collector expands <c>$VAR</c>
/// from its environment and <c>$$</c> is its escape for a literal <c>$</c>, so Prometheus' relabelling receives
/// <c>$1</c> / <c>${1}</c> (capture-group references). A <c>$</c> preceded by <c>$</c> is therefore never flagged.
/// </summary>
public sealed partial class LeftoverPlaceholderRule : GuideRule
{
    public override string Id => "placeholder-leftover";
    public override string Family => RuleFamilies.Placeholders;
    public override string Checks => "no {VAR}, ${VAR} or $VAR survives rendering ($$1 and $${1}, the collector's escapes for Prometheus capture groups, are allowed)";

    public override IEnumerable<Finding> Check(GuideDocuments docs)
    {
        foreach (var file in docs.Files.Where(f => f.Substitution is not null))
        {
            var lines = file.Text.Split('\n');
            var sedSpec = GuideRenderPlan.Files.FirstOrDefault(s => s.Path == file.Path);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match m in SedStyle().Matches(lines[i]))
                    yield return Error(file.Path, new FindingLocation(i + 1, m.Index + 1, null),
                        $"{m.Value} is still in the file after rendering: " + (file.Substitution == Substitution.Sed
                            ? $"the guide's sed commands replace only {string.Join(", ", sedSpec?.SedVariables.Select(v => "{" + v + "}") ?? [])}"
                            : "envsubst replaces $VAR and ${VAR}, never {VAR}") + "; kubectl applies the literal text.",
                        file.Substitution == Substitution.Sed
                            ? $"Add sed -i \"s|{m.Value}|${m.Groups[1].Value}|g\" {file.Path} to the guide, or use a placeholder it already replaces."
                            : $"Write ${{{m.Groups[1].Value}}} (envsubst syntax) instead of {m.Value}.");
                if (file.Substitution == Substitution.Sed)
                {
                    foreach (Match m in DollarStyle().Matches(lines[i]))
                        yield return Error(file.Path, new FindingLocation(i + 1, m.Index + 1, null),
                            $"{m.Value} is still in the file after rendering: the guide renders this file with sed on {{VAR}} placeholders, which never expands ${m.Groups["name"].Value}; kubectl applies the literal text.",
                            $"Use the placeholder {{{m.Groups["name"].Value}}} with a matching sed command, or render the file with envsubst.");
                }
                foreach (Match m in ShellOnly().Matches(lines[i]))
                    yield return Error(file.Path, new FindingLocation(i + 1, m.Index + 1, null),
                        $"{m.Value} is still in the file after rendering: envsubst does not understand shell defaults (${{VAR:-x}}) and leaves them as they are.",
                        "Use plain ${VAR} and make the guide export the variable.");
            }
        }
    }

    [GeneratedRegex(@"(?<!\$)\{([A-Z_][A-Z0-9_]*)\}")]
    private static partial Regex SedStyle();

    [GeneratedRegex(@"(?<!\$)\$(\{(?<name>[A-Za-z_][A-Za-z0-9_]*)\}|(?<name>[A-Za-z_][A-Za-z0-9_]*))")]
    private static partial Regex DollarStyle();

    [GeneratedRegex(@"(?<!\$)\$\{[A-Za-z_][A-Za-z0-9_]*[:\-=?+#%/][^}]*\}")]
    private static partial Regex ShellOnly();
}
