using YamlDotNet.RepresentationModel;

namespace KedaGuidance.Harness.Static;

/// <summary>An intrinsic function use (short form <c>!Ref</c>/<c>!GetAtt</c>/<c>!Sub</c>, or long form <c>Ref:</c>/<c>Fn::GetAtt:</c>/<c>Fn::Sub:</c>).</summary>
/// <param name="Target">For Ref the name; for GetAtt "Resource.Attribute"; for each <c>${…}</c> of a Sub its content.</param>
public sealed record CfnReference(string Function, string Target, YamlNode Node);
