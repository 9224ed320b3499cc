namespace KedaGuidance.Harness.Guide;

/// <summary>
/// One command of a guide script with its 1-based line. For an export: <see cref="Name"/> and the unexpanded
/// <see cref="Value"/> (what the shell would expand), and <see cref="Profile"/> when the export is appended to a
/// profile instead of run. For envsubst: <see cref="Input"/> and <see cref="Output"/> as written (paths relative to
/// the directory the script runs in), and whether the output is moved back over the input.
/// </summary>
public sealed record ShellCommand(int Line, ShellCommandKind Kind, string Text, string? Name = null, string? Value = null,
    string? Profile = null, string? Input = null, string? Output = null, bool MovedBack = false)
{
    /// <summary>The commands a value runs (<c>$(…)</c>), in order.</summary>
    public IReadOnlyList<string> Substitutions => Value is null ? [] : ShellValue.CommandSubstitutions(Value);

    /// <summary>The variables a value refers to outside its command substitutions.</summary>
    public IReadOnlyList<string> References => Value is null ? [] : ShellValue.VariableReferences(Value);
}
