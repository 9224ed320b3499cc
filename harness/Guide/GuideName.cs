namespace KedaGuidance.Harness.Guide;

/// <summary>
/// A name the guide gives something (a namespace, a Deployment, a service account, a role) and where the guide
/// defines it: <c>file:line</c> of the repository, or the implementation guide's step for a name only its text holds.
/// </summary>
public sealed record GuideName(string Value, string DefinedIn)
{
    public override string ToString() => Value;
}
