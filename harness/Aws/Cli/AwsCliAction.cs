using System.Text.Json;
using KedaGuidance.Harness.Operations;

namespace KedaGuidance.Harness.Aws.Cli;

/// <summary>An aws CLI call whose output does not matter (deletes, detaches): it yields <see cref="Done"/> live and in a plan.</summary>
public abstract record AwsCliAction : AwsCliOperation<Done>
{
    public override Done Planned() => Done.Value;

    protected override Done Parse(JsonElement output) => Done.Value;
}
