namespace KedaGuidance.Harness.Guide;

/// <summary>What a path is, without following a link at its end (lstat's file type).</summary>
public enum FileKind { Missing, Regular, Directory, SymbolicLink, Other }
