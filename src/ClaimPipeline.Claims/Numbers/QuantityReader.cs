using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Claims.Numbers.Filters;
using ClaimPipeline.Claims.Numbers.Readers;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>
/// Reads the quantity that starts at a token by going through the steps of <see cref="NumberGrammar"/> in order:
/// currency sign, number, number filters, unit, range or ratio, count filters, bounds, age, uncounted filters, "ago",
/// changes. A quantity is a claim with rule <see cref="ClaimRules.NumberQuantity"/>, or <see cref="ClaimRules.NumberGroup"/> for a vague group ("thousands").
/// </summary>
public sealed class QuantityReader(NumberGrammar grammar, NumberLexicons lexicons)
{
    /// <summary>
    /// Adds the quantity at token <paramref name="t"/> to <paramref name="found"/> and returns where it ends; returns
    /// where the number ends when it is no quantity, and null when no number starts at <paramref name="t"/>.
    /// </summary>
    public int? Read(Document document, SentenceSpan sentence, int t, List<FoundQuantity> found)
    {
        int limit = sentence.EndToken;
        var quantity = new QuantityDraft { Start = t };
        if (!grammar.Currency.Read(document, t, limit, ref quantity)) return null;
        if (grammar.Numbers.Read(document, quantity.NumberStart, limit) is not { } number) return null;
        if (quantity.MinusBeforeCurrency) number = number with { Value = MinusSign.Negated(number.Value) };
        quantity.Number = number;
        quantity.Currency ??= number.Currency;
        quantity.High = number.High;
        quantity.End = number.End;
        if (Rejects(grammar.NumberFilters, document, sentence, quantity)) return number.End;

        var (unit, unitEnd) = grammar.Units.Read(document, number, quantity.Currency, number.End, limit);
        quantity.Unit = unit;
        quantity.End = Math.Max(number.End, unitEnd);
        // A number that is a range already ("5-10", "tens of millions") takes no second number.
        if (quantity.High is null)
            foreach (var compound in grammar.Compounds)
                if (compound.Read(document, sentence, ref quantity)) break;
        if (Rejects(grammar.CountFilters, document, sentence, quantity)) return number.End;

        quantity.First = t;
        foreach (var bound in grammar.Bounds) bound.Apply(document, sentence, ref quantity, found);
        quantity.Unit ??= grammar.Age.Unit(document, sentence, quantity);
        if (Rejects(grammar.UncountedFilters, document, sentence, quantity)) return number.End;
        grammar.Ago.Read(document, sentence, ref quantity);
        foreach (var change in grammar.Changes) change.Apply(document, sentence, ref quantity, found);

        found.Add(new FoundQuantity(NewClaim(document, sentence, quantity), quantity.First, quantity.End, quantity.Unit is null && !number.Fraction));
        return quantity.End;
    }

    private Claim NewClaim(Document document, SentenceSpan sentence, in QuantityDraft quantity)
    {
        var number = quantity.Number;
        double value = number.Value;
        var claim = NumericClaim.Create(document, quantity.First, quantity.End, number.Vague ? ClaimRules.NumberGroup : ClaimRules.NumberQuantity,
            quantity.High is { } high ? Math.Min(value, high) : value, quantity.Unit);
        if (quantity.High is { } top) claim.QuantityHigh = Math.Max(value, top);
        claim.Qualifier = quantity.Qualifier;
        claim.Change = quantity.Change;
        claim.Time = quantity.Time;
        claim.Subject = NumberContext.Subject(document, sentence, quantity.First, quantity.Unit, number.End, quantity.End, lexicons.UnitKinds);
        return claim;
    }

    private static bool Rejects(NonQuantityFilter[] filters, Document document, SentenceSpan sentence, in QuantityDraft quantity)
    {
        foreach (var filter in filters)
            if (filter.Rejects(document, sentence, quantity)) return true;
        return false;
    }
}
