namespace KedaGuidance.Harness.Operations;

/// <summary>Awaits one family of expectations for real, by watching or polling.</summary>
public interface IExpectationHandler
{
    bool Handles(Expectation expectation);

    Task<ExpectationResult> AwaitAsync(Expectation expectation, CancellationToken cancellationToken);
}
