using KedaGuidance.Harness.Guide;

namespace KedaGuidance.Harness.Tests.Untrusted;

/// <summary>The bounded reader: only regular files inside the root are read; everything else is a problem naming the file.</summary>
public sealed class GuideFilesTests : IDisposable
{
    private const string Secret = "kg-marker-secret-7f3a";
    private readonly HostileFiles _guide = new();
    private readonly HostileFiles _outside = new();

    public void Dispose()
    {
        _guide.Dispose();
        _outside.Dispose();
    }

    [Fact]
    public void A_regular_file_is_read_as_its_text_without_a_bom()
    {
        _guide.WriteBytes("keda/values.yaml", [0xEF, 0xBB, 0xBF, .. "a: café\n"u8.ToArray()]);
        new GuideFiles(_guide.Root).ReadText("keda/values.yaml").Should().Be("a: café\n");
    }

    [Fact]
    public void A_link_to_a_file_outside_the_guide_is_refused_and_never_read()
    {
        var secret = _outside.Write("secret.json", Secret);
        _guide.Link("keda/trust-policy-keda-operator.json", secret);

        var read = new GuideFiles(_guide.Root).Read("keda/trust-policy-keda-operator.json");

        read.Text.Should().BeNull();
        read.Problem!.Kind.Should().Be(GuideFileProblemKind.SymbolicLink);
        read.Problem.Path.Should().Be("keda/trust-policy-keda-operator.json");
        read.Problem.Message.Should().Contain(secret).And.NotContain(Secret);
    }

    [Theory]
    [InlineData("/proc/self/environ")]
    [InlineData("/dev/zero")]
    public void A_link_to_a_special_file_is_refused_at_once(string target)
    {
        _guide.Link("keda/keda-values.yaml.template", target);
        var started = DateTime.UtcNow;
        var read = new GuideFiles(_guide.Root).Read("keda/keda-values.yaml.template");
        (DateTime.UtcNow - started).Should().BeLessThan(TimeSpan.FromSeconds(10), "refused without reading: following /dev/zero would not end"); // not tighter: a loaded 2-core machine
        read.Problem!.Kind.Should().Be(GuideFileProblemKind.SymbolicLink);
        read.Problem.Message.Should().Contain(target);
    }

    [Fact]
    public void A_file_in_a_linked_folder_is_refused_naming_the_folder()
    {
        _outside.Write("policy.json", Secret);
        _guide.Link("keda", _outside.Root);

        var read = new GuideFiles(_guide.Root).Read("keda/policy.json");

        read.Problem!.Kind.Should().Be(GuideFileProblemKind.OutsideRoot);
        read.Problem.Message.Should().Contain("folder keda is a symbolic link");
    }

    [Fact]
    public void A_fifo_is_refused_without_opening_it()
    {
        if (!OperatingSystem.IsLinux())
            Assert.Skip("FIFOs and devices are told apart through Linux's statx; elsewhere only links and folders are.");
        _guide.Fifo("setup/cluster.yaml");
        var read = new GuideFiles(_guide.Root).Read("setup/cluster.yaml"); // opening a FIFO for reading would block here
        read.Problem!.Kind.Should().Be(GuideFileProblemKind.NotRegularFile);
        new GuideFiles(_guide.Root).KindOf("setup/cluster.yaml").Should().Be(FileKind.Other);
    }

    [Fact]
    public void A_link_loop_is_a_link_not_an_error()
    {
        _guide.Link("setup/a", "b");
        _guide.Link("setup/b", "a");
        new GuideFiles(_guide.Root).Read("setup/a").Problem!.Kind.Should().Be(GuideFileProblemKind.SymbolicLink);
    }

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("keda/./values.yaml")]
    [InlineData("keda//values.yaml")]
    public void A_path_that_is_not_plain_is_refused(string path)
    {
        new GuideFiles(_guide.Root).Read(path).Problem!.Kind.Should().Be(GuideFileProblemKind.OutsideRoot);
    }

    [Fact]
    public void A_file_above_the_per_file_limit_is_refused_with_its_size()
    {
        _guide.Write("setup/cluster.yaml", new string('#', 2048));
        var read = new GuideFiles(_guide.Root, GuideReadLimits.Default with { MaxFileBytes = 1024 }).Read("setup/cluster.yaml");
        read.Problem!.Kind.Should().Be(GuideFileProblemKind.TooLarge);
        read.Problem.Message.Should().Contain("2,048 bytes").And.Contain("1,024");
    }

    [Fact]
    public void Files_above_the_per_guide_limit_together_are_refused()
    {
        _guide.Write("a.yaml", new string('#', 600));
        _guide.Write("b.yaml", new string('#', 600));
        var files = new GuideFiles(_guide.Root, GuideReadLimits.Default with { MaxGuideBytes = 1000 });
        files.Read("a.yaml").Problem.Should().BeNull();
        files.Read("a.yaml").Problem.Should().BeNull("reading the same file again does not count twice");
        files.Read("b.yaml").Problem!.Kind.Should().Be(GuideFileProblemKind.GuideTooLarge);
    }

    [Fact]
    public void Invalid_utf8_is_refused_at_the_offset_of_the_first_bad_byte_never_repaired()
    {
        _guide.WriteBytes("app.yaml", [.. "kind: ConfigMap\nname: caf"u8.ToArray(), 0xE9, .. "\n"u8.ToArray()]);
        var problem = new GuideFiles(_guide.Root).Read("app.yaml").Problem!;
        problem.Kind.Should().Be(GuideFileProblemKind.InvalidUtf8);
        problem.ByteOffset.Should().Be(25);
        problem.Line.Should().Be(2);
        problem.Column.Should().Be(10);
        problem.Message.Should().Contain("byte 25 (0xE9");
    }

    [Fact]
    public void A_missing_file_is_missing_not_a_problem()
    {
        var read = new GuideFiles(_guide.Root).Read("nope.yaml");
        read.Missing.Should().BeTrue();
        new GuideFiles(_guide.Root).Invoking(f => f.ReadText("nope.yaml")).Should().Throw<FileNotFoundException>();
    }

    [Fact]
    public void The_tree_scan_lists_links_and_special_files_without_following_them_and_stops_at_its_limits()
    {
        _guide.Write("README.md", "# guide");
        _guide.Link("zero", "/dev/zero");
        _guide.Link("setup/up", "..");
        var scan = GuideTree.Scan(_guide.Root);
        scan.Limit.Should().BeNull();
        scan.Unreadable.Select(e => (e.Path, e.LinkTarget)).Should().BeEquivalentTo([("setup/up", ".."), ("zero", "/dev/zero")]);

        for (var i = 0; i < 20; i++)
            _guide.Write($"many/f{i}", "x");
        GuideTree.Scan(_guide.Root, GuideReadLimits.Default with { MaxEntries = 10 }).Limit!.Kind.Should().Be(GuideFileProblemKind.GuideTooLarge);
    }
}
