using ClaimPipeline.Claims.Cues;
using ClaimPipeline.Claims.Quotes.Passes;
using ClaimPipeline.Claims.Quotes.Rules;
using ClaimPipeline.Nlp.Pipeline;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes;

/// <summary>
/// Finds direct quotes and reported speech and the phrase that names their speaker. Each quotation goes through
/// the direct-quote rules in order, the first that answers deciding; then the passes run in order over all the
/// quotes of the document, adding block quotes and reported speech, filling speakers in and dropping repeats.
/// </summary>
public sealed class QuoteFinder(CueLexicon cues, SpeakerPhraseFinder speakers, QuoteFinderOptions options) : IStage
{
    /// <summary>The direct-quote rules, strongest evidence first: a rule is tried only when those above it did not match.</summary>
    private static readonly IQuoteRule[] Rules =
    [
        // A cue before the quote in its sentence comes first, nearest cue deciding (CueBeforeReader). When it names
        // a work ("his memoir titled “…”") the quotation is a title whatever follows it.
        new TitleCueRule(),
        // "according to X, “…”": the according cue names its source after itself.
        new AccordingRule(),
        // "said the plan was “a disaster”": ahead of cue-before, which would take the same cue but claim only the
        // quoted words; here the claim is the whole clause.
        new MixedQuoteRule(),
        // "Biden said: “…”". A cue in the quote's own sentence, before it, outranks one after it.
        new CueBeforeRule(),
        // "“…,” Mujahid said": the commonest attribution in news.
        new CueAfterRule(),
        // "pollster Daron Shaw: “…”": a colon introducing the quote. Ahead of the title test, since a speaker may
        // introduce a short Title Case quotation ("Trump: “Make America Great Again”").
        new ColonRule(),
        // A short Title Case quotation that no cue or colon claimed names a work: the rules below rest on evidence
        // weaker than a cue and must not turn it into speech.
        new TitleCaseRule(),
        // "“…” ― Martha Aguilar": a signature after the quote itself.
        new DashSignatureRule(),
        // "Maria Lopez, 34, Phoenix:¶“…”": a short previous paragraph that opens with a name and ends in a colon;
        // ahead of the intro rule, so "Maria Lopez said:" as a line of its own is a speaker line.
        new SpeakerLineRule(),
        // "Dr. Ward stated:¶“…”": the previous paragraph ends in a cue and a colon.
        new IntroParagraphRule(),
        // "Bolton called Obama’s ignorance “disrespectful”": only the sentence's subject, the weakest evidence, last.
        new SubjectRule(),
    ];

    /// <summary>The passes after attribution, in the order they must run.</summary>
    private static readonly IQuotePass[] Passes =
    [
        // One claim per mixed clause, before anything reads a quote's neighbours.
        new MixedClausePass(),
        // A quote next to an attributed one in the same run of quotes is that speaker's: before the weaker guesses
        // below, which only fill what is still empty.
        new ContinuationPass(),
        // "“…,” she said, “…”": one quote interrupted by its cue is one claim; right after the continuation that found it.
        new InterruptedQuotePass(),
        // A quote opening its sentence after a sentence about someone: a guess, so after the continuation; before the
        // nearby pass, which may take its speaker.
        new PreviousSubjectPass(),
        // Paragraphs introduced by "The Times explains:": before the nearby pass, whose sources they are.
        new BlockQuotePass(),
        // Reported speech: before the repeat pass, which drops the quotes its rows hold, and the nearby pass, whose sources they are.
        new ReportedSpeechPass(),
        // The trained model's attributions where the rules made none: after every rule, so the rules keep what they find.
        new ModelAttributionPass(),
        // A quote no rule attributed takes the model's source when the model's cue in its sentence covers it: before
        // the nearby pass, whose guess it replaces.
        new ModelQuoteSpeakerPass(),
        // Drops quotes another row already holds, before they could lend or take a speaker.
        new RepeatedQuotePass(),
        // A quote still without a speaker takes the nearest attributed claim's, when one is close.
        new NearbySpeakerPass(),
        // Last: adds the quotes to the document, dropping the short ones that rest on weak evidence (all of the
        // above decide which those are).
        new WeakQuotePass(),
    ];

    /// <summary>The cue lexicon, which the attribution model's features read too.</summary>
    public CueLexicon Cues => cues;

    public string Name => "quotes";
    public IReadOnlyList<Layer> Requires { get; } = [Layer.Folded, Layer.Tokens, Layer.Sentences, Layer.Paragraphs, Layer.Entities, Layer.PartsOfSpeech];
    public IReadOnlyList<Layer> Reads { get; } = [];
    public IReadOnlyList<Layer> Produces { get; } = [ClaimLayers.Quotes];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var run = Attribute(document);
        foreach (var pass in Passes) pass.Run(run);
    }

    /// <summary>The document's quotations with the claims the rules made for them, before any pass.</summary>
    internal QuoteRun Attribute(Document document)
    {
        var context = new QuoteContext(document, cues, speakers, options);
        var quotations = QuotationScanner.Scan(document);
        context.MarkQuoted(quotations);
        var run = new QuoteRun(context, quotations);
        foreach (var quotation in quotations)
            if (Attribute(context, quotation) is { } quote) run.Quotes.Add(quote);
        return run;
    }

    /// <summary>The claim of the first rule that answers; an unattributed claim when none does; null when the quotation is no speech.</summary>
    private static QuoteCandidate? Attribute(QuoteContext context, QuotationSpan quotation)
    {
        if (!QuotationSite.TryRead(context, quotation, out var site)) return null;
        foreach (var rule in Rules)
        {
            var result = rule.Attribute(context, site);
            switch (result.Outcome)
            {
                case QuoteRuleOutcome.Attributed:
                    return new QuoteCandidate(quotation, result.Claim!, result.Evidence);
                case QuoteRuleOutcome.NotSpeech:
                    return null;
            }
        }
        return new QuoteCandidate(quotation, QuoteClaims.Unattributed(quotation), QuoteEvidence.None);
    }
}
