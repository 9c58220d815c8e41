namespace ClaimPipeline.Claims.Numbers;

public readonly record struct NumberWord(double Value, NumberWordKind Kind);
