using System.Text;
using System.Text.Unicode;

namespace KedaGuidance.Harness.Guide;

/// <summary>
/// The one way the suite reads the guide's files: only regular files inside the root, reached through real folders
/// (a link anywhere on the way, a FIFO, a device, a path with "..", are problems naming the file, never read), at most
/// <see cref="GuideReadLimits.MaxFileBytes"/> per file and <see cref="GuideReadLimits.MaxGuideBytes"/> for every
/// distinct file one instance reads, decoded as strict UTF-8 (the offset of the first bad byte, never U+FFFD).
/// The type is checked before the file is opened; the guide is a checkout at rest (a pull request controls its content,
/// not the timing of this process), and the read stops at the limit whatever the file turned into meanwhile.
/// Thread-safe.
/// </summary>
public sealed class GuideFiles(string root, GuideReadLimits? limits = null)
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly Dictionary<string, long> _read = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public string Root { get; } = Path.GetFullPath(root);
    public GuideReadLimits Limits { get; } = limits ?? GuideReadLimits.Default;

    /// <summary>What the guide has at <paramref name="relativePath"/> (links are not followed, a linked folder on the way is <see cref="FileKind.SymbolicLink"/>).</summary>
    public FileKind KindOf(string relativePath) => Locate(relativePath).Kind;

    /// <summary>True when <paramref name="relativePath"/> is a regular file the reader would open.</summary>
    public bool Has(string relativePath) => KindOf(relativePath) == FileKind.Regular;

    /// <summary>The file's text, or why it was not read, or <see cref="GuideFileRead.Missing"/>.</summary>
    public GuideFileRead Read(string relativePath)
    {
        var (kind, size, full, problem) = Locate(relativePath);
        if (problem is not null)
            return new GuideFileRead(relativePath, null, problem);
        switch (kind)
        {
            case FileKind.Missing or FileKind.Directory:
                return new GuideFileRead(relativePath, null, null);
            case FileKind.SymbolicLink:
                return Refused(relativePath, GuideFileProblemKind.SymbolicLink,
                    $"it is a symbolic link (to {FileKinds.LinkTarget(full) ?? "an unreadable target"}); links are never followed.");
            case FileKind.Other:
                return Refused(relativePath, GuideFileProblemKind.NotRegularFile, "it is not a regular file (a FIFO, a device or a socket).");
        }
        if (size > Limits.MaxFileBytes)
            return Refused(relativePath, GuideFileProblemKind.TooLarge, $"it holds {size:N0} bytes, more than the {Limits.MaxFileBytes:N0} a guide file may.");

        byte[] bytes;
        try
        {
            bytes = ReadAtMost(full, Limits.MaxFileBytes + 1);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refused(relativePath, GuideFileProblemKind.Unreadable, $"it could not be read ({e.Message}).");
        }
        if (bytes.Length > Limits.MaxFileBytes)
            return Refused(relativePath, GuideFileProblemKind.TooLarge, $"it grew past the {Limits.MaxFileBytes:N0} bytes a guide file may while it was read.");
        lock (_gate)
        {
            _read[relativePath] = bytes.Length;
            var total = _read.Values.Sum();
            if (total > Limits.MaxGuideBytes)
                return Refused(relativePath, GuideFileProblemKind.GuideTooLarge, $"the guide's files read so far hold {total:N0} bytes, more than the {Limits.MaxGuideBytes:N0} a guide may.");
        }
        return Decode(relativePath, bytes) is { } invalid
            ? new GuideFileRead(relativePath, null, invalid)
            : new GuideFileRead(relativePath, Text(bytes), null);
    }

    /// <summary>The file's text; throws <see cref="GuideReadException"/> when it is refused and <see cref="FileNotFoundException"/> when it is missing.</summary>
    public string ReadText(string relativePath)
    {
        var read = Read(relativePath);
        if (read.Problem is { } problem)
            throw new GuideReadException(problem);
        return read.Text ?? throw new FileNotFoundException($"The guide has no file {relativePath} (looked in {Root}).", Path.Combine(Root, relativePath));
    }

    /// <summary>Strict UTF-8: the problem at the first bad byte, or null when the bytes are valid.</summary>
    public static GuideFileProblem? Decode(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        if (Utf8.ToUtf16(bytes, chars, out var consumed, out _, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done)
            return null;
        var before = bytes[..consumed];
        var line = before.Count((byte)'\n') + 1;
        var column = consumed - (before.LastIndexOf((byte)'\n') + 1) + 1;
        return new GuideFileProblem(relativePath, GuideFileProblemKind.InvalidUtf8,
            $"byte {consumed:N0} (0x{bytes[consumed]:X2}, line {line}, byte {column} of the line) is not valid UTF-8.")
        {
            ByteOffset = consumed,
            Line = line,
            Column = column,
        };
    }

    private static string Text(byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0; // a BOM is dropped, as File.ReadAllText did
        return Strict.GetString(bytes, start, bytes.Length - start);
    }

    private static byte[] ReadAtMost(string path, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int n;
        while (buffer.Length < limit && (n = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length))) > 0)
            buffer.Write(chunk, 0, n);
        return buffer.ToArray();
    }

    private static GuideFileRead Refused(string path, GuideFileProblemKind kind, string message) =>
        new(path, null, new GuideFileProblem(path, kind, message));

    /// <summary>Walks the path's folders from the root without following links; the kind of its last part.</summary>
    private (FileKind Kind, long Size, string Full, GuideFileProblem? Problem) Locate(string relativePath)
    {
        var segments = relativePath.Split('/');
        if (relativePath.Length == 0 || Path.IsPathRooted(relativePath) || relativePath.Contains('\\') || relativePath.Contains('\0')
            || segments.Any(s => s is "" or "." or ".."))
        {
            return (FileKind.Missing, 0, Root, new GuideFileProblem(relativePath, GuideFileProblemKind.OutsideRoot,
                "it is not a plain path inside the guide (absolute, or with '..', '.' or empty parts)."));
        }
        var full = Root;
        for (var i = 0; i < segments.Length; i++)
        {
            full = Path.Combine(full, segments[i]);
            var (kind, size) = FileKinds.Of(full);
            if (i == segments.Length - 1)
                return (kind, size, full, null);
            switch (kind)
            {
                case FileKind.Directory:
                    continue;
                case FileKind.SymbolicLink:
                    var folder = string.Join('/', segments[..(i + 1)]);
                    return (FileKind.SymbolicLink, 0, full, new GuideFileProblem(relativePath, GuideFileProblemKind.OutsideRoot,
                        $"its folder {folder} is a symbolic link (to {FileKinds.LinkTarget(full) ?? "an unreadable target"}); links are never followed."));
                default:
                    return (FileKind.Missing, 0, full, null);
            }
        }
        return (FileKind.Missing, 0, full, null);
    }
}
