namespace KedaGuidance.Harness.Aws;

/// <summary>
/// A resource the run is about to create already exists. The run never adopts (or later deletes) something it did
/// not create; the message says what to do.
/// </summary>
public sealed class ResourceNotOursException(string kind, string name, string where)
    : Exception($"The {kind} '{name}' already exists ({where}) and this run did not create it, so the suite will not use or delete it. " +
                $"Delete it yourself if it is left over from an earlier run (the sweep lists resources tagged {AwsTags.RunId}), " +
                $"or run against another account/endpoint{(kind == "queue" ? ", or set KEDAGUIDE_QUEUE_NAME_SUFFIX=true to suffix the queue name with the run id" : "")}.")
{
    public string Kind { get; } = kind;
    public string Name { get; } = name;
}
