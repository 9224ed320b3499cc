namespace KedaGuidance.Harness.Static.Rules;

/// <summary>Every JSON file (the IAM policies) parses, as <c>aws iam create-policy --policy-document file://…</c> needs.</summary>
public sealed class JsonParseRule : GuideRule
{
    public override string Id => "json-parse";
    public override string Family => RuleFamilies.Syntax;
    public override string Checks => "every JSON file (IAM policies, trust policy) parses (parser's line and column)";

    public override IEnumerable<Finding> Check(GuideDocuments docs) =>
        from file in docs.Files
        where file.Format == DocumentFormat.Json && file.JsonProblem is not null
        select Error(file.Path, new FindingLocation(file.JsonProblem!.Line, file.JsonProblem.Column, null),
            $"JSON does not parse: {file.JsonProblem.Message}",
            "Fix the JSON at that line (a trailing comma, a missing quote or brace); aws iam rejects a malformed policy document.");
}
