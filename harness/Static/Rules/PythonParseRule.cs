using KedaGuidance.Harness.Static.Knowledge;

namespace KedaGuidance.Harness.Static.Rules;

/// <summary>Every Python source the guide ships parses, by Python's own parser, for the Python its image runs.</summary>
public sealed class PythonParseRule : GuideRule, IToolRule
{
    public override string Id => "python-parse";
    public override string Family => RuleFamilies.Syntax;
    public override string Checks => "every Python source parses (python3's compile(), and ast.parse for the Python version of the image's FROM; Skipped without python3)";

    public string? Unavailable => PythonSyntax.Path is null
        ? "python3 is not on PATH, so the Python sources were not parsed: install Python 3 (apt-get install python3) or put python3 on PATH."
        : null;

    public override bool MayReport(string file) => file.EndsWith(".py", StringComparison.Ordinal);

    public override IEnumerable<Finding> Check(GuideDocuments docs)
    {
        var sources = docs.PythonSources().ToDictionary(s => s.Path);
        foreach (var problem in docs.PythonProblems() ?? [])
        {
            var python = sources[problem.Path].ImagePython is { } v ? $" (the image runs Python {v.Major}.{v.Minor})" : "";
            yield return Error(problem.Path, new FindingLocation(problem.Line, problem.Column > 0 ? problem.Column : null, null),
                $"Python does not parse{python}: {problem.Message}. The container exits at start with a SyntaxError and the Deployment never becomes ready.",
                "Fix the source at that line (a stray character, an unclosed bracket or quote, a leftover Markdown fence); python3 -m py_compile <file> shows the same error.");
        }
    }
}
