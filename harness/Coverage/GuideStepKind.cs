namespace KedaGuidance.Harness.Coverage;

/// <summary>What a step of the implementation guide is: something a reader runs, or something a reader should see.</summary>
public enum GuideStepKind
{
    /// <summary>A shell command (continuations joined), a loop, or a heredoc with its body up to the terminator.</summary>
    Command,

    /// <summary>An "Expected output" / "Expected result" block, or an unlabelled output table (NAME READY STATUS …).</summary>
    ExpectedOutput,

    /// <summary>A manifest shown for reading (a YAML listing starting at apiVersion:), not run by a command.</summary>
    Listing,
}
