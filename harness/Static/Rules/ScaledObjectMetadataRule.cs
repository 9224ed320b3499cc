using System.Globalization;
using KedaGuidance.Harness.Static.Knowledge;
using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Static.Rules;

/// <summary>
/// Each trigger's metadata against KEDA's documented parameters for the pinned version: required present and not
/// empty, values are strings (the CRD's metadata is map[string]string), integers/floats/booleans parse as KEDA parses
/// them, allowed values, deprecated (warning) and removed (warning: silently ignored) parameters, unknown ones.
/// </summary>
public sealed class ScaledObjectMetadataRule : GuideRule
{
    public override string Id => "keda-trigger-metadata";
    public override string Family => RuleFamilies.Keda;
    public override string Checks => "trigger metadata vs KEDA's documented parameters of the pinned version: required, string-typed, integer/float/boolean, allowed values; deprecated/removed/unknown → warning";

    public override IEnumerable<Finding> Check(GuideDocuments docs) => ForVersion(docs, docs.KedaVersion);

    /// <summary>The findings with KEDA <paramref name="version"/>'s parameters (the compatibility matrix asks for each version).</summary>
    internal IEnumerable<Finding> ForVersion(GuideDocuments docs, Version version)
    {
        foreach (var so in docs.ScaledObjects)
        {
            var triggers = so.Root.Seq("spec", "triggers");
            for (var i = 0; i < triggers.Count; i++)
            {
                var type = triggers[i].Str("type");
                if (type is null || !KedaScalers.Documented.TryGetValue(type, out var spec))
                    continue;
                foreach (var finding in CheckTrigger(version, so, spec, triggers[i], $"spec.triggers[{i}].metadata"))
                    yield return finding;
            }
        }
    }

    private IEnumerable<Finding> CheckTrigger(Version version, KubeObject so, ScalerSpec spec, YamlNode trigger, string at)
    {
        var file = so.Document.Path;
        var metadata = trigger.Get("metadata");
        var pairs = metadata.Pairs().ToList();
        foreach (var parameter in spec.Parameters.Where(p => p.Required))
        {
            var value = metadata.Str(parameter.Name);
            if (string.IsNullOrWhiteSpace(value))
                yield return Error(file, metadata ?? trigger, $"{at}.{parameter.Name}",
                    $"{so.Describe()}: the {spec.Type} trigger needs {parameter.Name}{(value is null ? "" : ", which is empty (an undefined variable renders empty)")}; KEDA {version} fails to build the scaler.",
                    $"Set {parameter.Name} (see keda.sh/docs/{version.Major}.{version.Minor}/scalers).");
        }
        foreach (var group in spec.OneOf.Where(g => g.All(n => string.IsNullOrWhiteSpace(metadata.Str(n)))))
            yield return Error(file, metadata ?? trigger, at,
                $"{so.Describe()}: the {spec.Type} trigger needs one of {string.Join(" or ", group)}, and has none (or an empty one).",
                $"Set {group[0]}.");

        foreach (var (name, keyNode, valueNode) in pairs)
        {
            var path = $"{at}.{name}";
            var resolved = YamlScalars.ResolvedType(valueNode);
            if (resolved != "string")
            {
                yield return Error(file, valueNode, path,
                    $"{so.Describe()}: {name} is a YAML {resolved}, but trigger metadata values must be strings; the API server rejects the ScaledObject.",
                    $"Quote the value: {name}: \"{valueNode.Str()}\".");
                continue;
            }
            var value = valueNode.Str() ?? "";
            var parameter = spec[name];
            if (parameter is null)
            {
                yield return Warning(file, keyNode, path,
                    $"{so.Describe()}: {name} is not a documented parameter of the {spec.Type} scaler in KEDA {version}; KEDA ignores it.",
                    $"Remove it, or correct its spelling (documented: {string.Join(", ", spec.Parameters.Select(p => p.Name))}).");
                continue;
            }
            if (parameter.RemovedIn is { } removed && version >= removed)
                yield return Warning(file, keyNode, path,
                    $"{so.Describe()}: {name} is ignored since KEDA {removed.Major}.{removed.Minor} (pinned: {version}). {parameter.Note}.",
                    $"Delete the {name} line; it changes nothing and misleads readers.");
            else if (parameter.DeprecatedIn is { } deprecated && version >= deprecated)
                yield return Warning(file, keyNode, path,
                    $"{so.Describe()}: {name} is deprecated since KEDA {deprecated.Major}.{deprecated.Minor} (pinned: {version}). {parameter.Note}.",
                    "Plan the move to a TriggerAuthentication (podIdentity.provider: aws) before KEDA v3 removes it.");
            var problem = ValueProblem(parameter, value);
            if (problem is not null)
                yield return Error(file, valueNode, path, $"{so.Describe()}: {name} is '{value}': {problem}; KEDA {version} fails to build the scaler.",
                    $"Give {name} {Expected(parameter)}.");
        }
    }

    private static string? ValueProblem(ScalerParameter parameter, string value) => parameter.Type switch
    {
        ParameterType.Integer when !long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) => "not an integer (KEDA parses it with strconv.ParseInt)",
        ParameterType.Float when !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) => "not a number",
        ParameterType.Boolean when !KedaScalers.IsGoBool(value) => "not a boolean",
        ParameterType.Choice when !parameter.Choices!.Contains(value) => $"not one of {string.Join(", ", parameter.Choices!)}",
        ParameterType.Url when !Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") => "not an http(s) URL",
        _ => null,
    };

    private static string Expected(ScalerParameter parameter) => parameter.Type switch
    {
        ParameterType.Integer => "a whole number in quotes, e.g. \"5\"",
        ParameterType.Float => "a number in quotes, e.g. '10'",
        ParameterType.Boolean => "\"true\" or \"false\"",
        ParameterType.Choice => $"one of {string.Join(", ", parameter.Choices!)}",
        ParameterType.Url => "an absolute http(s) URL",
        _ => "a value",
    };
}
