using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using KedaGuidance.Fixtures.Guide;
using KedaGuidance.Harness.Guide;

namespace KedaGuidance.Harness.Tests.Untrusted;

/// <summary>The guide's source as untrusted input: a validated URL and ref, git given "--", credentials never recorded; a content hash that follows nothing.</summary>
public sealed class GuideSourceTests : IDisposable
{
    private readonly HostileFiles _work = new();

    public void Dispose() => _work.Dispose();

    [Theory]
    [InlineData("--upload-pack=touch /tmp/x;git-upload-pack")]
    [InlineData("-c")]
    [InlineData("main..other")]
    [InlineData("a b")]
    [InlineData("ref~1")]
    [InlineData("topic.lock")]
    [InlineData("@{-1}")]
    [InlineData("refs/heads/")]
    public void A_ref_that_is_an_option_or_not_a_ref_name_is_refused(string reference)
    {
        var (address, problem) = GitGuideAddress.Parse("https://example.com/guide.git#" + reference);
        address.Should().BeNull();
        problem.Should().Contain("the ref");
    }

    [Theory]
    [InlineData("https://example.com/guide.git#main", "main")]
    [InlineData("https://example.com/guide.git#v1.2.3", "v1.2.3")]
    [InlineData("https://example.com/guide.git#refs/heads/release/2024", "refs/heads/release/2024")]
    [InlineData("https://example.com/guide.git#8d2ef5d4e1ea80922fa52ffb0eca66088dc1381b", "8d2ef5d4e1ea80922fa52ffb0eca66088dc1381b")]
    [InlineData("https://example.com/guide.git", "HEAD")]
    [InlineData("git@github.com:org/guide.git#main", "main")]
    public void Valid_refs_and_urls_are_accepted(string value, string reference)
    {
        GitGuideAddress.Parse(value).Address!.Reference.Should().Be(reference);
    }

    [Fact]
    public void Credentials_in_the_url_are_never_displayed()
    {
        var (address, _) = GitGuideAddress.Parse("https://user:s3cr3t-token@example.com/guide.git#main");
        address!.Display.Should().Be("https://***@example.com/guide.git#main");
        GitGuideAddress.Parse("https://user:s3cr3t-token@example.com/guide.git#--x").Problem.Should().NotContain("s3cr3t-token");
    }

    [Fact]
    public async Task The_injected_ref_of_the_issue_creates_nothing()
    {
        var bare = CreateBareRepository();
        var marker = Path.Combine(_work.Root, "PWNED");
        var guide = $"file://{bare}#--upload-pack=touch {marker};git-upload-pack";

        var act = () => GuideSource.ResolveAsync(guide, Path.Combine(_work.Root, "cache"), CancellationToken.None);

        (await act.Should().ThrowAsync<GuideUnavailableException>()).WithMessage("*starts with '-'*");
        File.Exists(marker).Should().BeFalse("the ref must never become git's --upload-pack option");
        Directory.Exists(Path.Combine(_work.Root, "cache")).Should().BeFalse("nothing is fetched for a refused ref");
    }

    [Fact]
    public async Task A_url_with_credentials_is_fetched_but_only_its_redacted_form_is_kept()
    {
        var bare = CreateBareRepository();
        var guide = $"file://kguser:kgTokenSecret42@localhost{bare}#main";
        var cache = Path.Combine(_work.Root, "cache");

        var checkout = await GuideSource.ResolveAsync(guide, cache, CancellationToken.None);

        checkout.Identity.Source.Should().Be($"file://***@localhost{bare}#main");
        checkout.Identity.Kind.Should().Be("git-commit");
        foreach (var file in Directory.GetFiles(cache, "*", SearchOption.AllDirectories))
            File.ReadAllText(file).Should().NotContain("kgTokenSecret42", "{0} is in the cache", file);
    }

    [Fact]
    public async Task A_failed_fetch_names_the_url_without_its_credentials()
    {
        RequireGit();
        var act = () => GuideSource.ResolveAsync("http://kguser:kgTokenSecret42@127.0.0.1:9/guide.git#main", Path.Combine(_work.Root, "cache"), CancellationToken.None);
        var e = (await act.Should().ThrowAsync<GuideUnavailableException>()).Which;
        e.ToString().Should().NotContain("kgTokenSecret42").And.Contain("http://***@127.0.0.1:9/guide.git");
    }

    [Fact]
    public void The_content_hash_of_plain_files_is_what_it_was_and_links_are_hashed_by_their_target_not_followed()
    {
        _work.Write("guide/setup/cluster.yaml", "kind: ClusterConfig\n");
        _work.Write("guide/README.md", "# guide\n");
        var folder = _work.PathOf("guide");
        GuideSource.ContentHash(folder).Should().Be(PreviousContentHash(folder), "a guide of regular files keeps its recorded identity");

        _work.Link("guide/zero", "/dev/zero");
        _work.Link("guide/setup/loop", "loop");
        var clock = Stopwatch.StartNew();
        var withLinks = GuideSource.ContentHash(folder);
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "neither /dev/zero nor a loop is followed"); // not tighter: a loaded 2-core machine
        withLinks.Should().NotBe(PreviousContentHash(folder, skipLinks: true), "links are part of the guide's identity");
        _work.Link("guide/zero", "/dev/null");
        GuideSource.ContentHash(folder).Should().NotBe(withLinks, "a link's target is part of the identity");
    }

    /// <summary>The hash as GuideSource computed it before links were handled (every file's path and bytes).</summary>
    private static string PreviousContentHash(string folder, bool skipLinks = false)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (full, relative) in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                     .Where(f => !skipLinks || new FileInfo(f).LinkTarget is null)
                     .Select(f => (f, Path.GetRelativePath(folder, f).Replace('\\', '/'))).OrderBy(f => f.Item2, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(relative + "\0"));
            sha.AppendData(File.ReadAllBytes(full));
            sha.AppendData([0]);
        }
        return Convert.ToHexString(sha.GetHashAndReset()).ToLowerInvariant();
    }

    private string CreateBareRepository()
    {
        RequireGit();
        _work.Write("src/setup/cluster.yaml", "kind: ClusterConfig\n");
        var source = _work.PathOf("src");
        Git(source, "init", "-q", "-b", "main");
        Git(source, "add", "-A");
        Git(source, "-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-qm", "snapshot");
        var bare = _work.PathOf("guide.git");
        Git(_work.Root, "clone", "-q", "--bare", source, bare);
        return bare;
    }

    private static void RequireGit()
    {
        if (!File.Exists("/usr/bin/git") && !(Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(p => File.Exists(Path.Combine(p, "git"))))
            Assert.Skip("needs git on PATH (apt-get install git).");
    }

    private static void Git(string folder, params string[] arguments)
    {
        using var git = Process.Start(new ProcessStartInfo("git", arguments) { WorkingDirectory = folder, RedirectStandardError = true, RedirectStandardOutput = true })!;
        git.WaitForExit();
        git.ExitCode.Should().Be(0, "git {0}: {1}", string.Join(' ', arguments), git.StandardError.ReadToEnd());
    }
}
