namespace KedaGuidance.Harness.Guide;

/// <summary>Why a file of the guide was not read.</summary>
public enum GuideFileProblemKind
{
    /// <summary>A symbolic link (the suite never follows one: it could point at /proc/self/environ or outside the guide).</summary>
    SymbolicLink,

    /// <summary>A FIFO, a device, a socket: reading it could block or never end.</summary>
    NotRegularFile,

    /// <summary>A folder on the way to the file is a link or not a folder, or the path leaves the guide's root.</summary>
    OutsideRoot,

    /// <summary>Larger than the per-file limit.</summary>
    TooLarge,

    /// <summary>The guide as a whole holds more than the per-guide limit (bytes, files or folder depth).</summary>
    GuideTooLarge,

    /// <summary>Not valid UTF-8.</summary>
    InvalidUtf8,

    /// <summary>The operating system refused to read it.</summary>
    Unreadable,
}
