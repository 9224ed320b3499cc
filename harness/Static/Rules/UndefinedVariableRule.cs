namespace KedaGuidance.Harness.Static.Rules;

/// <summary>Every variable a file uses is defined by one of the guide's steps; otherwise the guide's shell renders it empty.</summary>
public sealed class UndefinedVariableRule : GuideRule
{
    public override string Id => "placeholder-undefined";
    public override string Family => RuleFamilies.Placeholders;
    public override string Checks => "every variable a rendered file uses is defined by a step of the guide (names the step that should define it)";

    public override IEnumerable<Finding> Check(GuideDocuments docs)
    {
        foreach (var missing in docs.Undefined)
        {
            var file = docs[missing.File];
            var line = file?.SourceLineOf("${" + missing.Variable + "}") ?? file?.SourceLineOf("$" + missing.Variable) ?? file?.SourceLineOf("{" + missing.Variable + "}");
            yield return Error(missing.File, new FindingLocation(line, null, null),
                $"${missing.Variable} is used here but no step of the guide's environment defines it, so the guide's shell renders it as an empty string.",
                (docs.Model().StepDefining(missing.Variable) ?? missing.StepThatShouldDefineIt) is { } step
                    ? $"{step} should export {missing.Variable}; check the step exports it before this file is rendered."
                    : $"No step of the guide defines {missing.Variable}: add an export to setup/env.sh (or the step that creates the value), or use a variable the guide defines (AWS_REGION, ACCOUNT_ID, QUEUE_URL, …).");
        }
    }
}
