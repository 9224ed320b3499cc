using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>A key of the values file the chart does not read (helm ignores it without a word), with its node.</summary>
public sealed record KedaIgnoredValue(string Path, YamlNode Node);
