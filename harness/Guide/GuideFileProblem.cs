namespace KedaGuidance.Harness.Guide;

/// <summary>
/// A file of the guide that the suite did not read, and why, named by its path in the guide (as a maintainer knows
/// it). <see cref="ByteOffset"/>, <see cref="Line"/> and <see cref="Column"/> point at the first bad byte of an
/// invalid UTF-8 file.
/// </summary>
public sealed record GuideFileProblem(string Path, GuideFileProblemKind Kind, string Message)
{
    public long? ByteOffset { get; init; }
    public int? Line { get; init; }
    public int? Column { get; init; }

    /// <summary>What to do about it, for a finding's or an error's hint.</summary>
    public string Hint => Kind switch
    {
        GuideFileProblemKind.SymbolicLink => "Replace the link with the file itself: the suite reads only regular files inside the guide, never what a link points at.",
        GuideFileProblemKind.NotRegularFile => "Replace it with a regular file: the suite never opens FIFOs, devices or sockets.",
        GuideFileProblemKind.OutsideRoot => "Keep the guide's files in plain folders of the repository; a linked folder can lead outside it.",
        GuideFileProblemKind.TooLarge or GuideFileProblemKind.GuideTooLarge => "The guide's files are small text files; remove the oversized content.",
        GuideFileProblemKind.InvalidUtf8 => "Save the file as UTF-8; kubectl, helm and the AWS CLI reject or misread other encodings.",
        _ => "Check the file's permissions.",
    };

    public override string ToString() => $"{Path}: {Message}";
}
