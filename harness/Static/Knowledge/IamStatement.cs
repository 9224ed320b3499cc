using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>One statement of an IAM policy document, with its nodes (for line numbers).</summary>
public sealed record IamStatement(int Index, YamlNode Node, string Effect, IReadOnlyList<YamlScalarNode> Actions,
    IReadOnlyList<YamlScalarNode> Resources, bool HasNotElements);
