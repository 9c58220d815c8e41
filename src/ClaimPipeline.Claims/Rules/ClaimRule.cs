using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Rules;

/// <summary>
/// One way a claim is made: its <see cref="Name"/> is what the `rule` column says and what the calibrated
/// confidence table is keyed by. Rules are the instances in <see cref="ClaimRules"/>, one per rule.
/// </summary>
/// <param name="Name">The output name, as the rule column writes it.</param>
/// <param name="Kind">The kind of claim the rule makes.</param>
/// <param name="Prior">Its confidence before calibration.</param>
/// <param name="Example">Text the shipped pipeline makes a claim of this rule from (¶: a paragraph break); a test runs it.</param>
/// <param name="Construction">What in the text the rule recognises.</param>
public sealed record ClaimRule(string Name, ClaimKind Kind, RulePrior Prior, string Example, string Construction)
{
    public override string ToString() => Name;
}
