using ClaimPipeline.Claims.Speakers;
using ClaimPipeline.Claims.Rules;
using ClaimPipeline.Nlp.Pipeline;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>
/// Finds quantities and dates. At each token the date readers of <see cref="NumberGrammar"/> are tried, then
/// <see cref="QuantityReader"/>: a number with what stands around it (a qualifier, a currency sign, a unit, a range,
/// a change). A bare count then takes the unit of a coordinated one (<see cref="UnitCarrier"/>). A date or year the
/// sentence asserts is a row with unit "date"; any other date, and every decade, is only the time of the claims it
/// dates (<see cref="AssertedDates"/>). Each quantity gets a predicate, a subject, the time expression and place of its
/// clause and, inside a quote or reported speech, that claim's speaker.
/// </summary>
public sealed class NumberFinder : IStage
{
    private readonly NumberLexicons _lexicons;
    private readonly OpeningTable<Readers.DateReader> _dates;
    private readonly QuantityReader _quantities;
    private readonly UnitCarrier _carrier;
    private readonly TimeExpressionFinder _times;
    private readonly AssertedDates _asserted;

    private readonly ConfidenceTable? _confidence;

    /// <param name="confidence">Calibrated confidence (<see cref="NumberConfidence"/>); without it, the rules' priors.</param>
    public NumberFinder(NumberLexicons lexicons, ConfidenceTable? confidence = null)
    {
        _lexicons = lexicons;
        _confidence = confidence;
        var grammar = new NumberGrammar(lexicons);
        _dates = new OpeningTable<Readers.DateReader>(grammar.Dates, r => r.OpeningCharacters);
        _quantities = new QuantityReader(grammar, lexicons);
        _carrier = new UnitCarrier(lexicons);
        _times = new TimeExpressionFinder(lexicons);
        _asserted = new AssertedDates(lexicons);
    }

    /// <summary>The word lists it reads; `eval numbers` names a peer suite's units with the same unit dictionary.</summary>
    public NumberLexicons Lexicons => _lexicons;

    public string Name => "numbers";
    public IReadOnlyList<Layer> Requires { get; } = [Layer.Folded, Layer.Tokens, Layer.Sentences, Layer.Entities, Layer.PartsOfSpeech];
    public IReadOnlyList<Layer> Reads { get; } = [ClaimLayers.Quotes];
    public IReadOnlyList<Layer> Produces { get; } = [ClaimLayers.Numbers];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var attributed = new EnclosingClaims(document.Claims.Where(c => c.Kind != ClaimKind.Numeric).ToArray());
        var found = new List<FoundQuantity>();
        var timesOnly = new List<SentenceDate>();
        var speech = new List<Claim>();
        foreach (var sentence in document.Sentences)
        {
            found.Clear();
            timesOnly.Clear();
            int t = sentence.FirstToken;
            while (t < sentence.EndToken)
                t = TryDate(document, sentence, t, found, timesOnly) ?? _quantities.Read(document, sentence, t, found) ?? t + 1;
            _carrier.Carry(document, sentence, found);
            _asserted.Select(document, sentence, found, timesOnly, attributed, speech);
            foreach (var quantity in found)
            {
                var claim = quantity.Claim;
                claim.Dimension = claim.Unit == "date" ? "date" : _lexicons.UnitDimensions.Of(document, claim.Unit, quantity.First, quantity.End);
                claim.Predicate ??= NumberContext.Predicate(document, sentence, quantity.First, quantity.End, _lexicons);
                claim.Time ??= _times.Near(document, sentence, quantity.First, quantity.End) ?? AssertedDates.Undated(timesOnly, quantity);
                claim.Place ??= NumberContext.Place(document, sentence, quantity.First, quantity.End);
                claim.SpeakerFrom = attributed.Of(claim.Start, claim.End);
                if (_confidence is not null) NumberConfidence.Apply(_confidence, claim);
                document.Claims.Add(claim);
            }
        }
    }

    /// <summary>
    /// A date at token <paramref name="t"/>, read by the first date reader that reads one: a row for now (a decade: only
    /// a time); its end, or null.
    /// </summary>
    private int? TryDate(Document document, SentenceSpan sentence, int t, List<FoundQuantity> found, List<SentenceDate> timesOnly)
    {
        foreach (var reader in _dates.At(document, t))
        {
            if (reader.Read(document, sentence, t) is not { } date) continue;
            if (date.Rule is not { } rule)
            {
                timesOnly.Add(new SentenceDate(date.First, date.End, date.Time));
                return date.End;
            }
            var claim = NumericClaim.Create(document, date.First, date.End, rule, date.Value, "date");
            claim.Time = date.Time;
            claim.Change = "=";
            found.Add(new FoundQuantity(claim, date.First, date.End, false));
            return date.End;
        }
        return null;
    }
}
