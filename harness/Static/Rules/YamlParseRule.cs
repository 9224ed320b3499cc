namespace KedaGuidance.Harness.Static.Rules;

/// <summary>Every YAML file (each document of a multi-document file) parses, as kubectl, helm and eksctl need.</summary>
public sealed class YamlParseRule : GuideRule
{
    public override string Id => "yaml-parse";
    public override string Family => RuleFamilies.Syntax;
    public override string Checks => "every YAML file parses, each document of a multi-document file on its own (parser's line and column)";

    public override IEnumerable<Finding> Check(GuideDocuments docs) =>
        from file in docs.Files
        where file.Format == DocumentFormat.Yaml
        from part in file.Parts
        where part.Problem is not null
        select Error(file.Path, new FindingLocation(part.Problem!.Line, part.Problem.Column, $"document {part.Index + 1}"),
            $"YAML does not parse: {part.Problem.Message}",
            "Fix the YAML at that line (indentation, a missing ':' or an unclosed quote); kubectl apply would reject the whole file.");
}
