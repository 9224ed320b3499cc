using KedaGuidance.Harness.Rendering;
using KedaGuidance.Harness.Static.Knowledge;

namespace KedaGuidance.Harness.Static.Rules;

/// <summary>
/// Every <c>sed -i "s|{VAR}|$VAR|g" file</c> the guide runs changes its file: the file holds the placeholder. When it
/// does not, sed succeeds and changes nothing, and whatever the file says instead (typically one reader's value) is
/// applied for everyone — the guide's ADOT ConfigMap once shipped a hard-coded remote-write endpoint that way.
/// </summary>
public sealed class SedEffectRule : GuideRule
{
    public override string Id => "placeholder-sed-effect";
    public override string Family => RuleFamilies.Placeholders;
    public override string Checks => "every sed the guide runs changes its file: the {VAR} it replaces is in the file (else the value stays hard-coded)";

    public override IEnumerable<Finding> Check(GuideDocuments docs)
    {
        foreach (var spec in GuideRenderPlan.Files.Where(s => s.Substitution == Substitution.Sed))
        {
            if (docs[spec.Path] is not { } file)
                continue;
            foreach (var variable in spec.SedVariables.Where(v => !file.SourceText.Contains("{" + v + "}", StringComparison.Ordinal)))
            {
                var literal = HardCodedValues.In(file.SourceText).FirstOrDefault(h => Covers(variable, h.Variable));
                var command = $"sed -i \"s|{{{variable}}}|${variable}|g\" {spec.Path}";
                yield return Error(spec.Path, literal is null ? FindingLocation.None : new FindingLocation(literal.Line, literal.Column, null),
                    $"The guide runs {command}, but the file has no {{{variable}}}: sed changes nothing" +
                    (literal is null ? "." : $", and {literal.Value} ({literal.What}) stays hard-coded for every reader."),
                    literal is null
                        ? $"Put {{{variable}}} where the file needs ${variable}, or drop the sed from the guide."
                        : $"Replace {literal.Value} with {{{variable}}}, so the guide's sed writes each reader's ${variable} there.",
                    $"sed {{{variable}}}");
            }
        }
    }

    /// <summary>True when a hard-coded value of <paramref name="found"/>'s kind is what <paramref name="variable"/> would have written.</summary>
    internal static bool Covers(string variable, string found) =>
        variable == found || variable == "PROMETHEUS_ENDPOINT" && found == "PROMETHEUS_WORKSPACE";
}
