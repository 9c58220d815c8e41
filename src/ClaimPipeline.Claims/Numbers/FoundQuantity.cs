using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>
/// A quantity or date row found in the current sentence, in text order: its claim, its tokens [First, End), and
/// whether it is a bare count that may take the unit of a coordinated one (<see cref="UnitCarrier"/>).
/// </summary>
public sealed record FoundQuantity(Claim Claim, int First, int End, bool Bare);
