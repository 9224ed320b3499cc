using Gherkin.CucumberMessages;
using Gherkin.CucumberMessages.Pickles;
using Io.Cucumber.Messages.Types;
using Reqnroll.Formatters.RuntimeSupport;

namespace KedaGuidance.Harness.Runner;

/// <summary>
/// The Cucumber messages of one feature file (source, Gherkin document, pickles) that Reqnroll's formatters (HTML,
/// Cucumber messages) need. The code-behind generator would embed them; we build them with Gherkin's own converter
/// and pickle compiler, so Reqnroll's HTML report works through this runner too.
/// </summary>
public sealed class FeatureMessages : IFeatureLevelCucumberMessages
{
    private FeatureMessages(Source source, GherkinDocument document, IReadOnlyList<Pickle> pickles, IReadOnlyDictionary<int, int> pickleIndexByLine)
    {
        Source = source;
        GherkinDocument = document;
        Pickles = pickles;
        PickleIndexByLine = pickleIndexByLine;
    }

    public bool HasMessages => true;
    public Source Source { get; }
    public GherkinDocument GherkinDocument { get; }
    public IEnumerable<Pickle> Pickles { get; }

    /// <summary>Pickle index by the line of its scenario (or of its Examples row): how a catalog case finds its pickle.</summary>
    public IReadOnlyDictionary<int, int> PickleIndexByLine { get; }

    public static FeatureMessages From(string uri, string text, Gherkin.Ast.GherkinDocument ast)
    {
        var ids = new IncrementingIdGenerator();
        var document = new AstMessagesConverter(ids).ConvertGherkinDocumentToEventArgs(ast, uri);
        var pickles = new PickleCompiler(ids).Compile(document);

        var lineOfNode = new Dictionary<string, int>(StringComparer.Ordinal);
        void Scenario(Scenario s)
        {
            lineOfNode[s.Id] = (int)s.Location.Line;
            foreach (var row in s.Examples.SelectMany(e => e.TableBody))
                lineOfNode[row.Id] = (int)row.Location.Line;
        }
        foreach (var child in document.Feature?.Children ?? [])
        {
            if (child.Scenario is { } scenario)
                Scenario(scenario);
            foreach (var ruleChild in child.Rule?.Children ?? [])
                if (ruleChild.Scenario is { } ruled)
                    Scenario(ruled);
        }

        var indexByLine = new Dictionary<int, int>();
        for (var i = 0; i < pickles.Count; i++)
        {
            // The last AST node id of a pickle is its Examples row for an outline, else its scenario.
            if (lineOfNode.TryGetValue(pickles[i].AstNodeIds[^1], out var line))
                indexByLine[line] = i;
        }
        return new FeatureMessages(new Source(uri, text, SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN), document, pickles, indexByLine);
    }
}
