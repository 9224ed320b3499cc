using KedaGuidance.Harness.Configuration;

namespace KedaGuidance.Harness.Operations;

/// <summary>
/// Where steps hand their operations and expectations. The same step code runs against the live executor and the
/// plan executor; both record everything into the run record.
/// </summary>
public interface IExecutor
{
    ExecutionMode Mode { get; }

    Task<TResult> RunAsync<TResult>(Operation<TResult> operation, CancellationToken cancellationToken);

    /// <summary>Awaits an expectation; throws <see cref="ExpectationFailedException"/> when it is not met within its budget.</summary>
    Task<ExpectationResult> ExpectAsync(Expectation expectation, CancellationToken cancellationToken);
}
