using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Static;

/// <summary>A resource of a CloudFormation template: its logical id, its Type and its Properties, with their nodes.</summary>
public sealed record CfnResource(string LogicalId, YamlScalarNode KeyNode, YamlNode Node, string? Type, YamlMappingNode? Properties);
