using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using KedaGuidance.Harness.Guide;

namespace KedaGuidance.Harness.Kubernetes;

/// <summary>
/// Turns a rendered multi-document YAML manifest into the JSON bodies a server-side apply sends, one per object,
/// with the run-id label added. JSON, not typed models: the client's typed models silently drop fields they do not
/// declare (and do not know KEDA's kinds), and a V1Patch must carry JSON text.
/// Scalars follow YAML 1.2's core schema (true/false, null/~, integers, floats; everything else a string). The
/// YAML 1.1 readings kubectl would apply instead (yes/no/on/off booleans, 0755 octals) are refused with the path to
/// quote, rather than guessed.
/// </summary>
public static partial class Manifest
{
    public static IReadOnlyList<ManifestDocument> Parse(string source, string yaml, string runId)
    {
        YamlStream stream;
        try
        {
            stream = BoundedYaml.Load(yaml); // guide YAML: depth, aliases and size within a budget (ToJson expands aliases)
        }
        catch (YamlException e)
        {
            throw new ManifestException($"{source} is not valid YAML at line {e.Start.Line}, column {e.Start.Column}: {e.Message}");
        }

        var documents = new List<ManifestDocument>();
        for (var i = 0; i < stream.Documents.Count; i++)
        {
            var root = stream.Documents[i].RootNode;
            if (root is YamlScalarNode { Value: null or "" } || IsEmpty(root))
                continue; // a document holding only comments, or an empty one between two '---'
            var where = $"{source}, document {i + 1}";
            if (root is not YamlMappingNode mapping)
                throw new ManifestException($"{where} is not a Kubernetes object (a mapping with apiVersion, kind and metadata).");

            AddRunLabel(mapping, runId, where);
            var reference = ReferenceOf(mapping, where);
            documents.Add(new ManifestDocument(source, i + 1, reference, ToJson(mapping, where)));
        }
        if (documents.Count == 0)
            throw new ManifestException($"{source} holds no Kubernetes object.");
        return documents;
    }

    private static bool IsEmpty(YamlNode node) => node is YamlScalarNode { Tag.IsEmpty: true, Value: null };

    private static ObjectReference ReferenceOf(YamlMappingNode mapping, string where)
    {
        var apiVersion = Text(mapping, "apiVersion") ?? throw new ManifestException($"{where} has no apiVersion.");
        var kind = Text(mapping, "kind") ?? throw new ManifestException($"{where} has no kind.");
        var metadata = (YamlMappingNode)mapping.Children[new YamlScalarNode("metadata")];
        var name = Text(metadata, "name")
            ?? throw new ManifestException($"{where} ({kind}) has no metadata.name (generateName cannot be applied server-side).");
        return new ObjectReference(apiVersion, kind, Text(metadata, "namespace"), name);
    }

    private static string? Text(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { Length: > 0 } value }
            ? value
            : null;

    private static void AddRunLabel(YamlMappingNode mapping, string runId, string where)
    {
        var metadataKey = new YamlScalarNode("metadata");
        if (!mapping.Children.TryGetValue(metadataKey, out var metadataNode))
            throw new ManifestException($"{where} has no metadata.");
        if (metadataNode is not YamlMappingNode metadata)
            throw new ManifestException($"{where}: metadata is not a mapping.");
        var labelsKey = new YamlScalarNode("labels");
        if (!metadata.Children.TryGetValue(labelsKey, out var labelsNode) || labelsNode is YamlScalarNode { Value: null or "" })
        {
            labelsNode = new YamlMappingNode();
            metadata.Children[labelsKey] = labelsNode;
        }
        if (labelsNode is not YamlMappingNode labels)
            throw new ManifestException($"{where}: metadata.labels is not a mapping.");
        labels.Children[new YamlScalarNode(RunLabel.Key)] = new YamlScalarNode(runId) { Style = ScalarStyle.DoubleQuoted };
    }

    private static string ToJson(YamlNode node, string where)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            Write(writer, node, where, "");
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, YamlNode node, string where, string path)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                writer.WriteStartObject();
                foreach (var (key, value) in mapping.Children)
                {
                    var name = key is YamlScalarNode { Value: { } k } ? k : throw new ManifestException($"{where}: a key at {Path(path)} is not a plain value.");
                    writer.WritePropertyName(name);
                    Write(writer, value, where, $"{path}.{name}");
                }
                writer.WriteEndObject();
                break;
            case YamlSequenceNode sequence:
                writer.WriteStartArray();
                var index = 0;
                foreach (var item in sequence.Children)
                    Write(writer, item, where, $"{path}[{index++}]");
                writer.WriteEndArray();
                break;
            case YamlScalarNode scalar:
                WriteScalar(writer, scalar, where, path);
                break;
            default:
                throw new ManifestException($"{where}: unsupported YAML node at {Path(path)}.");
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, YamlScalarNode scalar, string where, string path)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded
            || scalar.Tag is { IsEmpty: false, IsNonSpecific: false, Value: "tag:yaml.org,2002:str" })
        {
            writer.WriteStringValue(value);
            return;
        }

        switch (value)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                writer.WriteNullValue();
                return;
            case "true" or "True" or "TRUE":
                writer.WriteBooleanValue(true);
                return;
            case "false" or "False" or "FALSE":
                writer.WriteBooleanValue(false);
                return;
        }
        if (Yaml11Boolean().IsMatch(value))
            throw new ManifestException(
                $"{where}: '{value}' at {Path(path)} is a boolean in YAML 1.1 (kubectl) but a string in YAML 1.2; quote it, or write true/false.");
        if (LeadingZero().IsMatch(value))
            throw new ManifestException(
                $"{where}: '{value}' at {Path(path)} is an octal number in YAML 1.1 (kubectl) but decimal in YAML 1.2; quote it, or write it without the leading zero.");
        if (IntegerPattern().IsMatch(value) && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            writer.WriteNumberValue(integer);
        else if (FloatPattern().IsMatch(value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            writer.WriteNumberValue(number);
        else
            writer.WriteStringValue(value);
    }

    private static string Path(string path) => path.Length == 0 ? "the top" : path.TrimStart('.');

    [GeneratedRegex("^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$")]
    private static partial Regex Yaml11Boolean();

    [GeneratedRegex("^[-+]?0[0-9]+$")]
    private static partial Regex LeadingZero();

    [GeneratedRegex("^[-+]?(0|[1-9][0-9]*)$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
