using System.Globalization;

namespace KedaGuidance.Harness.Waits;

/// <summary>
/// Prints a line when a wait begins, then one every <see cref="Interval"/> (15 s by default, never more than 30 s)
/// with the latest observation, elapsed time and budget, and a last line when it ends. Ticks come from a timer of the
/// given <see cref="TimeProvider"/>, so a watch that sees no event for minutes still prints, and tests can drive time.
/// </summary>
public sealed class WaitProgressReporter : IWaitProgress
{
    public const string Prefix = "[wait]";

    /// <summary>The longest a CI log may stay silent during a wait.</summary>
    public static readonly TimeSpan MaxInterval = TimeSpan.FromSeconds(30);

    private readonly IProgressOutput _output;
    private readonly TimeProvider _clock;

    public WaitProgressReporter(IProgressOutput output, TimeProvider? clock = null, TimeSpan? interval = null)
    {
        Interval = interval ?? TimeSpan.FromSeconds(15);
        if (Interval <= TimeSpan.Zero || Interval > MaxInterval)
            throw new ArgumentOutOfRangeException(nameof(interval), Interval,
                $"A progress interval must be more than 0 and at most {MaxInterval.TotalSeconds:0} s, so a CI log never goes silent longer.");
        _output = output;
        _clock = clock ?? TimeProvider.System;
    }

    public TimeSpan Interval { get; }

    public IWaitProgressScope Begin(string what, string target, TimeSpan budget) =>
        new Scope(this, what, target, budget);

    private sealed class Scope : IWaitProgressScope
    {
        private readonly Lock _gate = new();
        private readonly WaitProgressReporter _reporter;
        private readonly string _what;
        private readonly string _target;
        private readonly TimeSpan _budget;
        private readonly long _started;
        private readonly ITimer _timer;
        private string _current = "nothing observed yet";
        private bool _ended;

        public Scope(WaitProgressReporter reporter, string what, string target, TimeSpan budget)
        {
            _reporter = reporter;
            _what = what;
            _target = target;
            _budget = budget;
            _started = reporter._clock.GetTimestamp();
            reporter._output.WriteLine($"{Prefix} {what}: waiting for {target}, budget {Format(budget)}");
            _timer = reporter._clock.CreateTimer(_ => Tick(), null, reporter.Interval, reporter.Interval);
        }

        public void Observe(string current)
        {
            lock (_gate) _current = current;
        }

        public void End(string outcome)
        {
            lock (_gate)
            {
                if (_ended)
                    return;
                _ended = true;
                _timer.Dispose();
                _reporter._output.WriteLine($"{Prefix} {_what}: {outcome} after {Format(Elapsed)} of {Format(_budget)} (last seen: {_current})");
            }
        }

        public void Dispose() => End("stopped");

        private TimeSpan Elapsed => _reporter._clock.GetElapsedTime(_started);

        private void Tick()
        {
            lock (_gate)
            {
                if (!_ended)
                    _reporter._output.WriteLine($"{Prefix} {_what}: now {_current}, target {_target} - {Format(Elapsed)} of {Format(_budget)}");
            }
        }
    }

    private static string Format(TimeSpan t) => t.TotalSeconds < 120
        ? t.TotalSeconds.ToString("0", CultureInfo.InvariantCulture) + " s"
        : $"{(int)t.TotalMinutes} min {t.Seconds} s";
}
