namespace KedaGuidance.Harness.Static.Knowledge;

/// <summary>A Python source to check, and the Python minor its image runs (from the Dockerfile's FROM tag), if known.</summary>
public sealed record PythonSource(string Path, string Text, Version? ImagePython);
