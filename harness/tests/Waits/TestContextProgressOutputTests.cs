using KedaGuidance.Harness.Waits;

namespace KedaGuidance.Harness.Tests.Waits;

public sealed class TestContextProgressOutputTests
{
    private sealed class Fallback : IProgressOutput
    {
        public List<string> Lines { get; } = [];

        public void WriteLine(string line) => Lines.Add(line);
    }

    [Fact]
    public void Inside_a_test_lines_go_to_the_tests_output_not_the_fallback()
    {
        var fallback = new Fallback();
        new TestContextProgressOutput(fallback).WriteLine("[wait] hpa exists: now 0 HPAs, target 1 HPA - 15 s of 40 s");

        TestContext.Current.TestOutputHelper!.Output.Should().Contain("[wait] hpa exists: now 0 HPAs, target 1 HPA - 15 s of 40 s");
        fallback.Lines.Should().BeEmpty();
    }
}
