namespace KedaGuidance.Harness.Guide;

/// <summary>One read of a guide file: its text, or the problem that kept it from being read, or neither when it does not exist.</summary>
public sealed record GuideFileRead(string Path, string? Text, GuideFileProblem? Problem)
{
    public bool Missing => Text is null && Problem is null;
}
