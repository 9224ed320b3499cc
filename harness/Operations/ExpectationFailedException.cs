namespace KedaGuidance.Harness.Operations;

/// <summary>An expectation was not met within its budget. The message says what was expected, what was seen, and the budget.</summary>
public sealed class ExpectationFailedException(Expectation expectation, ExpectationResult result)
    : Exception($"Expected {expectation.Summary} within {expectation.Budget}; observed: {result.Observed} after {result.Elapsed.TotalSeconds:0.#} s.")
{
    public Expectation Expectation { get; } = expectation;
    public ExpectationResult Result { get; } = result;
}
