using System.Reflection;
using Gherkin;
using Gherkin.Ast;

namespace KedaGuidance.Harness.Runner;

/// <summary>
/// Every scenario of the .feature files embedded in an assembly, in file order. Built by parsing with Gherkin
/// ourselves because the Reqnroll code-behind generator (and Reqnroll.xunit.v3) is not served to our build machines;
/// see README "How the Gherkin runner works". Features are embedded so that a deleted .feature never lingers in bin/.
/// </summary>
public sealed class FeatureCatalog
{
    private readonly Dictionary<string, ScenarioCase> _byId;

    private readonly IReadOnlyDictionary<string, FeatureMessages> _messages;

    private FeatureCatalog(IReadOnlyList<ScenarioCase> cases, IReadOnlyDictionary<string, FeatureMessages> messages)
    {
        Cases = cases;
        _byId = cases.ToDictionary(c => c.Id, StringComparer.Ordinal);
        _messages = messages;
    }

    public IReadOnlyList<ScenarioCase> Cases { get; }

    /// <summary>The Cucumber messages of a feature file (null for a file that did not parse), for Reqnroll's formatters.</summary>
    public FeatureMessages? MessagesOf(string featureFile) => _messages.GetValueOrDefault(featureFile);

    public ScenarioCase this[string id] => _byId.TryGetValue(id, out var c)
        ? c
        : throw new KeyNotFoundException($"No scenario with id '{id}' in the feature catalog (was a .feature file changed after discovery?).");

    /// <summary>Reads every embedded resource whose name ends in ".feature", ordered by resource name.</summary>
    public static FeatureCatalog FromEmbeddedFeatures(Assembly assembly)
    {
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".feature", StringComparison.OrdinalIgnoreCase))
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return (Name: n, Text: reader.ReadToEnd());
            });
        return FromTexts(files);
    }

    /// <summary>Builds the catalog from (file name, text) pairs, in the order given.</summary>
    public static FeatureCatalog FromTexts(IEnumerable<(string Name, string Text)> files)
    {
        var cases = new List<ScenarioCase>();
        var messages = new Dictionary<string, FeatureMessages>(StringComparer.Ordinal);
        var fileIndex = 0;
        foreach (var (name, text) in files)
        {
            fileIndex++;
            cases.AddRange(ParseFile(fileIndex, name, text, messages));
        }
        return new FeatureCatalog(cases, messages);
    }

    private static IEnumerable<ScenarioCase> ParseFile(int fileIndex, string file, string text, Dictionary<string, FeatureMessages> messages)
    {
        GherkinDocument document;
        try
        {
            document = new Parser().Parse(new StringReader(text));
        }
        catch (CompositeParserException e)
        {
            var first = e.Errors.First();
            return [ParseFailure(fileIndex, file, first.Location?.Line ?? 0, string.Join("; ", e.Errors.Select(x => x.Message)))];
        }
        catch (ParserException e)
        {
            return [ParseFailure(fileIndex, file, e.Location?.Line ?? 0, e.Message)];
        }

        if (document.Feature is null)
            return [];
        messages[file] = FeatureMessages.From("features/" + DisplayFileName(file), text, document);
        return new FeatureReader(fileIndex, file, document.Feature).Read().ToList();
    }

    private static ScenarioCase ParseFailure(int fileIndex, string file, int line, string message) =>
        new(
            Id: $"{fileIndex:D3}-0000",
            FeatureFile: file,
            FeatureTitle: DisplayFileName(file),
            FeatureDescription: "",
            FeatureTags: [],
            RuleTitle: null,
            RuleTags: [],
            ScenarioTitle: "parse error",
            ExampleLabel: null,
            ScenarioTags: [],
            ExampleArguments: new Dictionary<string, string>(),
            BackgroundSteps: [],
            Steps: [],
            Line: line,
            ParseError: $"{DisplayFileName(file)}:{line}: {message}");

    /// <summary>Resource names look like "Assembly.features.01-install-keda.feature"; show "01-install-keda.feature".</summary>
    internal static string DisplayFileName(string resourceName)
    {
        var withoutExtension = resourceName[..^".feature".Length];
        var lastDot = withoutExtension.LastIndexOf('.');
        return (lastDot < 0 ? withoutExtension : withoutExtension[(lastDot + 1)..]) + ".feature";
    }

    /// <summary>Walks one parsed feature and flattens it into cases (backgrounds prepended, outlines expanded).</summary>
    private sealed class FeatureReader(int fileIndex, string file, Feature feature)
    {
        private int _scenarioIndex;

        public IEnumerable<ScenarioCase> Read()
        {
            var featureTags = TagNames(feature.Tags);
            var background = feature.Children.OfType<Background>().FirstOrDefault();
            var backgroundSteps = background is null ? [] : ToSteps(background.Steps, NoArguments);

            foreach (var child in feature.Children)
            {
                switch (child)
                {
                    case Scenario scenario:
                        foreach (var c in Expand(scenario, featureTags, null, [], backgroundSteps))
                            yield return c;
                        break;
                    case Rule rule:
                        var ruleBackground = rule.Children.OfType<Background>().FirstOrDefault();
                        var ruleSteps = ruleBackground is null
                            ? backgroundSteps
                            : [.. backgroundSteps, .. ToSteps(ruleBackground.Steps, NoArguments)];
                        var ruleTags = TagNames(rule.Tags);
                        foreach (var scenario in rule.Children.OfType<Scenario>())
                        foreach (var c in Expand(scenario, featureTags, rule.Name, ruleTags, ruleSteps))
                            yield return c;
                        break;
                }
            }
        }

        private IEnumerable<ScenarioCase> Expand(
            Scenario scenario, IReadOnlyList<string> featureTags, string? ruleTitle, IReadOnlyList<string> ruleTags,
            IReadOnlyList<GherkinStep> background)
        {
            var scenarioTags = TagNames(scenario.Tags);
            var examples = scenario.Examples.ToList();
            if (examples.Count == 0)
            {
                yield return Case(scenario, featureTags, ruleTitle, ruleTags, scenarioTags, null, NoArguments, background,
                    ToSteps(scenario.Steps, NoArguments), scenario.Location.Line);
                yield break;
            }

            foreach (var block in examples)
            {
                var header = block.TableHeader?.Cells.Select(c => c.Value).ToArray() ?? [];
                var blockTags = scenarioTags.Concat(TagNames(block.Tags)).ToArray();
                var rowNumber = 0;
                foreach (var row in block.TableBody ?? [])
                {
                    rowNumber++;
                    var values = row.Cells.Select(c => c.Value).ToArray();
                    var arguments = header.Zip(values).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
                    var label = string.IsNullOrWhiteSpace(block.Name)
                        ? string.Join(", ", values)
                        : $"{block.Name}: {string.Join(", ", values)}";
                    yield return Case(scenario, featureTags, ruleTitle, ruleTags, blockTags, label, arguments,
                        background, ToSteps(scenario.Steps, arguments), row.Location.Line,
                        Substitute(scenario.Name, arguments));
                }
            }
        }

        private ScenarioCase Case(
            Scenario scenario, IReadOnlyList<string> featureTags, string? ruleTitle, IReadOnlyList<string> ruleTags,
            IReadOnlyList<string> scenarioTags, string? exampleLabel, IReadOnlyDictionary<string, string> arguments,
            IReadOnlyList<GherkinStep> background, IReadOnlyList<GherkinStep> steps, int line, string? title = null)
        {
            _scenarioIndex++;
            return new ScenarioCase(
                Id: $"{fileIndex:D3}-{_scenarioIndex:D4}",
                FeatureFile: file,
                FeatureTitle: feature.Name,
                FeatureDescription: feature.Description?.Trim() ?? "",
                FeatureTags: featureTags,
                RuleTitle: ruleTitle,
                RuleTags: ruleTags,
                ScenarioTitle: title ?? scenario.Name,
                ExampleLabel: exampleLabel,
                ScenarioTags: scenarioTags,
                ExampleArguments: arguments,
                BackgroundSteps: background,
                Steps: steps,
                Line: line);
        }

        private static readonly IReadOnlyDictionary<string, string> NoArguments = new Dictionary<string, string>();

        private static IReadOnlyList<string> TagNames(IEnumerable<Tag> tags) =>
            tags.Select(t => t.Name.TrimStart('@')).ToArray();

        private static IReadOnlyList<GherkinStep> ToSteps(IEnumerable<Step> steps, IReadOnlyDictionary<string, string> arguments) =>
            steps.Select(s => new GherkinStep(
                Keyword: s.Keyword,
                Kind: KindOf(s),
                Text: Substitute(s.Text, arguments),
                DocString: s.Argument is DocString d ? Substitute(d.Content, arguments) : null,
                Table: s.Argument is Gherkin.Ast.DataTable t
                    ? t.Rows.Select(r => (IReadOnlyList<string>)r.Cells.Select(c => Substitute(c.Value, arguments)).ToArray()).ToArray()
                    : null,
                Line: s.Location.Line)).ToArray();

        private static StepKind KindOf(Step step) => step.KeywordType switch
        {
            StepKeywordType.Context => StepKind.Given,
            StepKeywordType.Action => StepKind.When,
            StepKeywordType.Outcome => StepKind.Then,
            _ when step.Keyword.Trim().Equals("But", StringComparison.OrdinalIgnoreCase) => StepKind.But,
            _ => StepKind.And,
        };

        private static string Substitute(string text, IReadOnlyDictionary<string, string> arguments)
        {
            foreach (var (name, value) in arguments)
                text = text.Replace($"<{name}>", value, StringComparison.Ordinal);
            return text;
        }
    }
}
