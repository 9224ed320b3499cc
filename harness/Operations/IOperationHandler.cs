namespace KedaGuidance.Harness.Operations;

/// <summary>Performs one family of operations for real (Kubernetes, Helm, SQS, the aws CLI …). Registered with the live executor.</summary>
public interface IOperationHandler
{
    bool Handles(Operation operation);

    Task<object?> ExecuteAsync(Operation operation, CancellationToken cancellationToken);
}
