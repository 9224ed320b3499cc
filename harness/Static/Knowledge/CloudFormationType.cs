namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>
/// One CloudFormation resource type as its registry schema defines it: the properties a template may set, the ones it
/// must set, and the attributes <c>Fn::GetAtt</c> returns (the schema's readOnlyProperties) with an example of each
/// value (placeholders {account}, {region}, {id}, {name}) for the suite's example environment.
/// </summary>
public sealed record CloudFormationType(string Name, IReadOnlySet<string> Properties, IReadOnlySet<string> Required,
    IReadOnlyDictionary<string, string> Attributes, string RefReturns, string Source);
