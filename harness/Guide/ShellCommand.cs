namespace KedaGuidance.Harness.Guide;

/// <summary>What one command of a guide script does, as far as the suite needs to know it.</summary>
public enum ShellCommandKind
{
    /// <summary><c>export NAME=value</c>, or <c>echo "export NAME=value" &gt;&gt; profile</c> (persisted for later shells).</summary>
    Export,

    /// <summary><c>source profile</c> or <c>. profile</c>: the exports written to it take effect in this shell.</summary>
    Source,

    /// <summary><c>envsubst &lt; in &gt; out</c>, optionally <c>&amp;&amp; mv out in</c> (the guide renders in place that way).</summary>
    Envsubst,

    /// <summary>Anything else (aws, eksctl, loops): kept as text, not interpreted.</summary>
    Other,
}

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
