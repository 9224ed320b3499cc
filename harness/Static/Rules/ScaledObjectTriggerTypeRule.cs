using KedaGuidance.Harness.Static.Knowledge;

namespace KedaGuidance.Harness.Static.Rules;

/// <summary>Every ScaledObject trigger's type is a scaler the pinned KEDA has.</summary>
public sealed class ScaledObjectTriggerTypeRule : GuideRule
{
    public override string Id => "keda-trigger-type";
    public override string Family => RuleFamilies.Keda;
    public override string Checks => "every ScaledObject has triggers, each of a type the pinned KEDA release knows";

    public override IEnumerable<Finding> Check(GuideDocuments docs)
    {
        foreach (var so in docs.ScaledObjects)
        {
            var triggers = so.Root.Seq("spec", "triggers");
            if (triggers.Count == 0)
                yield return Error(so.Document.Path, so.Root.Get("spec"), "spec.triggers",
                    $"{so.Describe()} has no triggers: KEDA rejects it.", "Add the trigger the guide describes under spec.triggers.");
            for (var i = 0; i < triggers.Count; i++)
            {
                var type = triggers[i].Str("type");
                if (type is not null && KedaScalers.TriggerTypes.Contains(type))
                    continue;
                var close = KedaScalers.TriggerTypes.Where(t => type is not null && (t.Contains(type, StringComparison.OrdinalIgnoreCase) || type.Contains(t, StringComparison.OrdinalIgnoreCase))).ToList();
                yield return Error(so.Document.Path, triggers[i].Get("type") ?? triggers[i], $"spec.triggers[{i}].type",
                    $"{so.Describe()}: trigger type '{type}' is not a KEDA {docs.KedaVersion} scaler; KEDA reports \"no scaler found for type\" and never scales.",
                    close.Count > 0 ? $"Did you mean {string.Join(" or ", close)}?" : "Use a scaler type from keda.sh/docs/<version>/scalers (e.g. aws-sqs-queue, prometheus).");
            }
        }
    }
}
