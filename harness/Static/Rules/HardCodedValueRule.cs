using KedaGuidance.Harness.Rendering;
using KedaGuidance.Harness.Static.Knowledge;

namespace KedaGuidance.Harness.Static.Rules;

/// <summary>
/// No file the guide renders writes out an account id, a region, an AMP workspace id or endpoint: the guide defines a
/// variable for each (ACCOUNT_ID, AWS_REGION, PROMETHEUS_WORKSPACE, PROMETHEUS_ENDPOINT), and a written-out value is one
/// reader's, wrong for everyone else. A value a sed of the guide was meant to write is reported by placeholder-sed-effect.
/// </summary>
public sealed class HardCodedValueRule : GuideRule
{
    public override string Id => "placeholder-hard-coded";
    public override string Family => RuleFamilies.Placeholders;
    public override string Checks => "no rendered file writes out an account id, region, AMP workspace id or remote-write endpoint where the guide's variable belongs";

    public override IEnumerable<Finding> Check(GuideDocuments docs)
    {
        foreach (var file in docs.Files.Where(f => f.Substitution is not null))
        {
            var spec = GuideRenderPlan.Files.FirstOrDefault(s => s.Path == file.Path);
            foreach (var value in HardCodedValues.In(file.SourceText))
            {
                var sedFor = spec?.SedVariables.FirstOrDefault(v => SedEffectRule.Covers(v, value.Variable));
                if (sedFor is not null && !file.SourceText.Contains("{" + sedFor + "}", StringComparison.Ordinal))
                    continue; // The sed meant to write it finds no placeholder: placeholder-sed-effect reports this value.
                var placeholder = file.Substitution == Substitution.Sed ? "{" + value.Variable + "}" : "${" + value.Variable + "}";
                yield return Error(file.Path, new FindingLocation(value.Line, value.Column, null),
                    $"{value.Value} is {value.What} written into the file: every reader gets this one value instead of their own ${value.Variable}.",
                    file.Substitution == Substitution.Sed
                        ? $"Write {placeholder} and add sed -i \"s|{placeholder}|${value.Variable}|g\" {file.Path} to the guide (it renders this file with sed)."
                        : $"Write {placeholder} (the guide renders this file with envsubst).",
                    $"{value.Variable} {value.Value}");
            }
        }
    }
}
