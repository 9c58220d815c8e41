using ClaimPipeline.Claims.Evaluation;

namespace ClaimPipeline.Cli.Evaluation;

/// <summary>One line of a quantity corpus: a sentence and its gold quantities, with each one's text as written.</summary>
public sealed record QuantitySentence(string Id, string Text, IReadOnlyList<QuantityValue> Quantities, IReadOnlyList<string> Spans);
