namespace KedaGuidance.Harness.Operations;

/// <summary>Typed base for a handler of one operation type.</summary>
public abstract class OperationHandler<TOperation, TResult> : IOperationHandler
    where TOperation : Operation<TResult>
{
    public bool Handles(Operation operation) => operation is TOperation;

    async Task<object?> IOperationHandler.ExecuteAsync(Operation operation, CancellationToken cancellationToken) =>
        await ExecuteAsync((TOperation)operation, cancellationToken);

    protected abstract Task<TResult> ExecuteAsync(TOperation operation, CancellationToken cancellationToken);
}
