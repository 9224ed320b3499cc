namespace KedaGuidance.Harness.Operations;

/// <summary>Typed base for a handler of one expectation type.</summary>
public abstract class ExpectationHandler<TExpectation> : IExpectationHandler
    where TExpectation : Expectation
{
    public bool Handles(Expectation expectation) => expectation is TExpectation;

    Task<ExpectationResult> IExpectationHandler.AwaitAsync(Expectation expectation, CancellationToken cancellationToken) =>
        AwaitAsync((TExpectation)expectation, cancellationToken);

    protected abstract Task<ExpectationResult> AwaitAsync(TExpectation expectation, CancellationToken cancellationToken);
}
