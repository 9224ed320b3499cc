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
