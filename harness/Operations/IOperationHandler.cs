namespace KedaGuidance.Harness.Operations;

/// <summary>Performs one family of operations for real (Kubernetes, Helm, SQS, the aws CLI …). Registered with the live executor.</summary>
public interface IOperationHandler
{
    bool Handles(Operation operation);

    Task<object?> ExecuteAsync(Operation operation, CancellationToken cancellationToken);
}

/// <summary>Typed base for a handler of one operation type.</summary>
public abstract class OperationHandler<TOperation, TResult> : IOperationHandler
    where TOperation : Operation<TResult>
{
    public bool Handles(Operation operation) => operation is TOperation;

    async Task<object?> IOperationHandler.ExecuteAsync(Operation operation, CancellationToken cancellationToken) =>
        await ExecuteAsync((TOperation)operation, cancellationToken);

    protected abstract Task<TResult> ExecuteAsync(TOperation operation, CancellationToken cancellationToken);
}

/// <summary>Awaits one family of expectations for real, by watching or polling.</summary>
public interface IExpectationHandler
{
    bool Handles(Expectation expectation);

    Task<ExpectationResult> AwaitAsync(Expectation expectation, CancellationToken cancellationToken);
}

/// <summary>Typed base for a handler of one expectation type.</summary>
public abstract class ExpectationHandler<TExpectation> : IExpectationHandler
    where TExpectation : Expectation
{
    public bool Handles(Expectation expectation) => expectation is TExpectation;

    Task<ExpectationResult> IExpectationHandler.AwaitAsync(Expectation expectation, CancellationToken cancellationToken) =>
        AwaitAsync((TExpectation)expectation, cancellationToken);

    protected abstract Task<ExpectationResult> AwaitAsync(TExpectation expectation, CancellationToken cancellationToken);
}
