using KedaGuidance.Harness.Operations;
using KedaGuidance.Harness.Waits;

namespace KedaGuidance.Harness.Workloads.Observers;

/// <summary>The operator's log, read from every pod app=keda-operator (all containers' current logs), polled until a line matches.</summary>
public sealed class OperatorLogHandler(PodLogReader logs, Polling polling) : ExpectationHandler<OperatorLogShows>
{
    protected override Task<ExpectationResult> AwaitAsync(OperatorLogShows expectation, CancellationToken cancellationToken) =>
        polling.UntilAsync(async token =>
        {
            var lines = await logs.ReadLinesAsync(expectation.KedaNamespace, OperatorLogLine.PodLabel, tailLines: null, token);
            var match = lines.FirstOrDefault(expectation.Line.Matches);
            return match is null
                ? new Observation(false, $"{lines.Count} log lines, none matching")
                : new Observation(true, match.Trim());
        }, expectation.Budget, cancellationToken);
}
