using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Rendering;

namespace KedaGuidance.Harness.Static.Rules;

/// <summary>
/// Every variable a file uses is defined by one of the guide's steps; otherwise the guide's shell renders it empty.
/// The finding goes to the file to change: a variable the guide's setup script should export (setup/env.sh,
/// create_requirements.sh) but does not is filed once against that script, naming every file that uses it; a variable
/// no step is meant to define is filed against the file that uses it.
/// </summary>
public sealed class UndefinedVariableRule : GuideRule
{
    public override string Id => "placeholder-undefined";
    public override string Family => RuleFamilies.Placeholders;
    public override string Checks => "every variable a rendered file uses is defined by a step of the guide (a setup script that should export it gets the finding)";

    public override IEnumerable<Finding> Check(GuideDocuments docs)
    {
        var model = docs.Model();
        foreach (var group in docs.Undefined.GroupBy(u => u.Variable))
        {
            var variable = group.Key;
            var script = model.Definition(variable) is null ? Script(GuideEnvironment.StepDefining(variable)) : null;
            if (script is not null && docs[script] is not null)
            {
                var users = group.Select(u => u.File).Distinct().ToList();
                yield return Error(script, FindingLocation.None,
                    $"{script} does not export {variable}, which {string.Join(", ", users)} use{(users.Count == 1 ? "s" : "")}: the guide's shell renders it as an empty string there.",
                    $"Export {variable} in {script} (echo \"export {variable}=…\" >> /home/ec2-user/.bashrc, as its other variables are).",
                    $"export {variable}");
                continue;
            }
            foreach (var missing in group)
            {
                var file = docs[missing.File];
                var line = file?.SourceLineOf("${" + variable + "}") ?? file?.SourceLineOf("$" + variable) ?? file?.SourceLineOf("{" + variable + "}");
                yield return Error(missing.File, new FindingLocation(line, null, null),
                    $"${variable} is used here but no step of the guide's environment defines it, so the guide's shell renders it as an empty string.",
                    (model.StepDefining(variable) ?? missing.StepThatShouldDefineIt) is { } step
                        ? $"{step} should export {variable}; check the step exports it before this file is rendered."
                        : $"No step of the guide defines {variable}: use a variable the guide defines ({string.Join(", ", model.Variables.Select(v => v.Name).Distinct())}), or add the export to the step that creates the value.");
            }
        }
    }

    // The repository script a step name refers to (GuideEnvironment's step names start with the script's path).
    private static string? Script(string? step) =>
        step is null ? null
        : step.StartsWith(GuideLayout.EnvScript, StringComparison.Ordinal) ? GuideLayout.EnvScript
        : step.StartsWith(GuideLayout.PrometheusCreateRequirements, StringComparison.Ordinal) ? GuideLayout.PrometheusCreateRequirements
        : null;
}
