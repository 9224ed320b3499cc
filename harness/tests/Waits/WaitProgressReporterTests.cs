using KedaGuidance.Harness.Waits;
using Microsoft.Extensions.Time.Testing;

namespace KedaGuidance.Harness.Tests.Waits;

public sealed class WaitProgressReporterTests
{
    private sealed class Lines(FakeTimeProvider clock) : IProgressOutput
    {
        public List<(DateTimeOffset At, string Line)> Written { get; } = [];

        public void WriteLine(string line)
        {
            lock (Written) Written.Add((clock.GetUtcNow(), line));
        }
    }

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Prints_at_begin_then_every_interval_with_the_latest_observation_then_at_end()
    {
        var lines = new Lines(_clock);
        var reporter = new WaitProgressReporter(lines, _clock, TimeSpan.FromSeconds(15));
        using var scope = reporter.Begin("deployment sqs-consumer-backend", "10 ready", TimeSpan.FromSeconds(90));
        scope.Observe("2 ready");
        _clock.Advance(TimeSpan.FromSeconds(14));
        lines.Written.Should().HaveCount(1);
        _clock.Advance(TimeSpan.FromSeconds(1));
        scope.Observe("4 ready");
        scope.Observe("6 ready");
        _clock.Advance(TimeSpan.FromSeconds(15));
        scope.End("met");
        _clock.Advance(TimeSpan.FromSeconds(60));

        lines.Written.Select(l => l.Line).Should().Equal(
            "[wait] deployment sqs-consumer-backend: waiting for 10 ready, budget 90 s",
            "[wait] deployment sqs-consumer-backend: now 2 ready, target 10 ready - 15 s of 90 s",
            "[wait] deployment sqs-consumer-backend: now 6 ready, target 10 ready - 30 s of 90 s",
            "[wait] deployment sqs-consumer-backend: met after 30 s of 90 s (last seen: 6 ready)");
    }

    [Fact]
    public void A_quiet_wait_still_prints_and_the_log_is_never_silent_longer_than_the_interval()
    {
        var lines = new Lines(_clock);
        var reporter = new WaitProgressReporter(lines, _clock);
        using (reporter.Begin("queue keda-demo-queue drains", "0 messages", TimeSpan.FromMinutes(6)))
        {
            // A watch that sees nothing for six minutes: time moves on in uneven steps, nobody calls Observe.
            var random = new Random(7);
            for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromMinutes(6);)
            {
                var step = TimeSpan.FromMilliseconds(random.Next(100, 9000));
                _clock.Advance(step);
                elapsed += step;
            }
        }

        var times = lines.Written.Select(l => l.At).ToArray();
        times.Should().HaveCountGreaterThan(20);
        times.Zip(times.Skip(1), (a, b) => b - a).Should().OnlyContain(gap => gap <= TimeSpan.FromSeconds(15) + TimeSpan.FromSeconds(9));
        lines.Written[1].Line.Should().MatchRegex(@"now nothing observed yet, target 0 messages - 1\d s of 6 min 0 s$");
        lines.Written[^1].Line.Should().StartWith("[wait] queue keda-demo-queue drains: stopped after 6 min");
    }

    [Fact]
    public void Ends_once_and_stops_ticking()
    {
        var lines = new Lines(_clock);
        var scope = new WaitProgressReporter(lines, _clock, TimeSpan.FromSeconds(10)).Begin("hpa exists", "1 HPA", TimeSpan.FromSeconds(40));
        scope.End("met");
        scope.Dispose();
        _clock.Advance(TimeSpan.FromMinutes(5));
        lines.Written.Should().HaveCount(2);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    public void An_interval_that_would_let_the_log_go_silent_is_refused(int seconds)
    {
        var act = () => new WaitProgressReporter(new Lines(_clock), _clock, TimeSpan.FromSeconds(seconds));
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*at most 30 s*");
    }

    [Fact]
    public void Console_output_writes_each_line()
    {
        var writer = new StringWriter();
        new ConsoleProgressOutput(writer).WriteLine("[wait] x");
        writer.ToString().Should().Be("[wait] x" + Environment.NewLine);
    }
}
