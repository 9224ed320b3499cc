using System.Diagnostics;
using System.Globalization;
using System.Text;
using KedaGuidance.Harness.Guide;
using KedaGuidance.Harness.Kubernetes;
using KedaGuidance.Harness.Static;
using YamlDotNet.Core;

namespace KedaGuidance.Harness.Tests.Untrusted;

/// <summary>YAML budgets are enforced on the event stream, before the recursive loader or an alias-expanding walk sees anything.</summary>
public sealed class BoundedYamlTests
{
    /// <summary>The issue's 200 KB file nested 100,000 levels deep: YamlStream.Load overflowed the stack (exit 134).</summary>
    private static readonly string DeepNesting = new string('[', 100_000) + new string(']', 100_000);

    /// <summary>A "billion laughs": 9 levels of 9 aliases each, under 1 KB, 9^9 scalars once expanded.</summary>
    private static string AliasBomb()
    {
        var text = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: laughs\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 9; i++)
            text.Append(CultureInfo.InvariantCulture, $"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 9))}]\n");
        return text.ToString();
    }

    [Fact]
    public void Deep_nesting_is_refused_at_the_budgets_depth_not_a_stack_overflow()
    {
        var e = Assert.Throws<YamlBudgetException>(() => BoundedYaml.Load(DeepNesting));
        e.Message.Should().Contain("deeper than 64 levels");
        e.Start.Column.Should().Be(65);
    }

    [Fact]
    public void An_alias_bomb_is_refused_before_anything_expands_it()
    {
        AliasBomb().Length.Should().BeLessThan(1024);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<YamlBudgetException>(() => BoundedYaml.Load(AliasBomb()));
        e.Message.Should().Contain("more than 100,000 YAML nodes (aliases expanded)");
        (GC.GetAllocatedBytesForCurrentThread() - allocated).Should().BeLessThan(50L << 20);
    }

    [Fact]
    public void The_manifest_parser_of_plan_and_live_runs_refuses_an_alias_bomb_with_the_file_and_line()
    {
        var act = () => Manifest.Parse("scaledobject-sqs.yaml", AliasBomb(), "kg-test");
        act.Should().Throw<ManifestException>().WithMessage("scaledobject-sqs.yaml is not valid YAML at line *aliases expanded*");
    }

    [Fact]
    public void An_alias_inside_the_node_it_names_is_a_cycle_and_refused()
    {
        Assert.Throws<YamlBudgetException>(() => BoundedYaml.Load("a: &x [1, *x]\n")).Message.Should().Contain("*x refers to a node that contains it");
    }

    [Fact]
    public void Ordinary_aliases_within_the_budget_load_as_before()
    {
        var stream = BoundedYaml.Load("base: &b {a: 1}\nuse: *b\nagain: *b\n");
        stream.Documents.Should().HaveCount(1);
    }

    [Fact]
    public void An_alias_that_expands_past_the_depth_is_refused()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 40)) + "x" + string.Concat(Enumerable.Repeat("]", 40));
        var text = $"a: &d {deep}\nb: [[[[[[[[[[[[[[[[[[[[[[[[[[[*d]]]]]]]]]]]]]]]]]]]]]]]]]]]\n";
        Assert.Throws<YamlBudgetException>(() => BoundedYaml.Load(text)).Message.Should().Contain("once expanded");
    }

    [Fact]
    public void Documents_of_a_file_keep_the_files_line_numbers_without_padding()
    {
        var parts = DocumentParser.ParseYaml("a: 1\n---\nb: 2\n---\n\nc: [\n");
        parts.Should().HaveCount(3);
        parts[1].Root!.Start.Line.Should().Be(3);
        parts[1].Text.Should().Be("b: 2");
        parts[2].Problem!.Line.Should().Be(7, "the broken third document's error is at the file's line, not the document's");
    }

    [Fact]
    public void A_file_of_more_documents_than_the_budget_gives_one_problem_and_parsing_stays_linear()
    {
        var text = string.Concat(Enumerable.Range(0, 10_000).Select(i => $"---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c{i}\n"));
        var clock = Stopwatch.StartNew();
        var parts = DocumentParser.ParseYaml(text);
        clock.Stop();
        parts.Should().HaveCount(1001);
        parts.Count(p => p.Problem is not null).Should().Be(1);
        parts[^1].Problem!.Message.Should().Contain("more than 1,000 YAML documents");
        parts[^1].Problem!.Line.Should().Be(1000 * 5 + 2, "document 1,001 starts on that line of the file");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "1,000 documents parse in well under a second; padding each with the lines before it took 28 s for 10,000");
    }
}
