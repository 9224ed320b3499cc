using System.Runtime.InteropServices;

namespace KedaGuidance.Harness.Guide;

/// <summary>
/// The file type of a path without following a link at its end. .NET reports links and folders but not FIFOs or
/// devices (FileSystemInfo.Attributes has no such flag, and opening a FIFO to look blocks until a writer comes), so on
/// Linux this asks the kernel through statx(2), whose struct layout is the same on every architecture. Elsewhere it
/// falls back to what .NET reports (links and folders; anything else counts as regular).
/// </summary>
public static class FileKinds
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const uint StatxSize = 0x200;
    private const int TypeMask = 0xF000;
    private const int TypeRegular = 0x8000;
    private const int TypeDirectory = 0x4000;
    private const int TypeLink = 0xA000;
    private const int NoEntry = 2;
    private const int NotDirectory = 20;

    private static bool _statxMissing;

    /// <summary>The kind of <paramref name="path"/>, and its size in bytes for a regular file.</summary>
    public static (FileKind Kind, long Size) Of(string path)
    {
        if (OperatingSystem.IsLinux() && !_statxMissing)
        {
            try
            {
                if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType | StatxSize, out var status) != 0)
                {
                    var errno = Marshal.GetLastPInvokeError();
                    if (errno is NoEntry or NotDirectory)
                        return (FileKind.Missing, 0);
                    throw new IOException($"statx({path}) failed with errno {errno}.");
                }
                return (status.Mode & TypeMask) switch
                {
                    TypeRegular => (FileKind.Regular, (long)status.Size),
                    TypeDirectory => (FileKind.Directory, 0),
                    TypeLink => (FileKind.SymbolicLink, 0),
                    _ => (FileKind.Other, 0),
                };
            }
            catch (EntryPointNotFoundException)
            {
                _statxMissing = true; // a C library older than glibc 2.28: fall back below
            }
        }
        return Portable(path);
    }

    private static (FileKind Kind, long Size) Portable(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
            return (FileKind.SymbolicLink, 0);
        if (Directory.Exists(path))
            return (FileKind.Directory, 0);
        return info.Exists ? (FileKind.Regular, info.Length) : (FileKind.Missing, 0);
    }

    /// <summary>The link's target as written (never resolved), for messages; null when it is not a link.</summary>
    public static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The head of struct statx (include/uapi/linux/stat.h); the kernel writes 256 bytes.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct StatxHead
    {
        public uint Mask;
        public uint BlockSize;
        public ulong Attributes;
        public uint Links;
        public uint Uid;
        public uint Gid;
        public ushort Mode;
        public ushort Spare0;
        public ulong Inode;
        public ulong Size;
    }

    // DllImport rather than LibraryImport: the generated stub needs unsafe code, which the suite does not enable for one call.
    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out StatxHead status);
}
