using ClaimPipeline.Claims.Cues;
using ClaimPipeline.Nlp.Pipeline;
using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Quotes;

/// <summary>
/// Finds direct quotes and reported speech and the phrase that names their speaker.
/// Direct quotes: a cue after the closing mark ("…,” Mujahid said), a cue before the opening mark in the same
/// sentence ("what President Biden called “…”", "as The Guardian reports, “…”"), continuation from the previous
/// quote of the paragraph, and block quotes after a colon ("The Times explains:"). Quoted titles ("his memoir “The
/// Back Channel”") are not speech. Reported speech: "X said (that) …", "according to X", "…, X reports", "X vowed to …".
/// </summary>
public sealed class QuoteFinder(CueLexicon cues, SpeakerPhraseFinder speakers, QuoteFinderOptions options) : IStage
{
    /// <summary>How far before a quotation its cue may stand, in tokens.</summary>
    private const int MaxCueDistance = 80;

    public string Name => "quotes";
    public IReadOnlyList<Layer> Requires { get; } = [Layer.Folded, Layer.Tokens, Layer.Sentences, Layer.Paragraphs, Layer.Entities, Layer.PartsOfSpeech];
    public IReadOnlyList<Layer> Reads { get; } = [];
    public IReadOnlyList<Layer> Produces { get; } = [ClaimLayers.Quotes];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var context = new QuoteContext(document, cues);
        var quotations = QuotationScanner.Scan(document);
        context.MarkQuoted(quotations);

        var quoteClaims = new List<(QuotationSpan Span, Claim Claim)>();
        Claim? lastMixed = null;
        foreach (var quotation in quotations)
        {
            var claim = Attribute(context, quotation);
            if (claim is null) continue;
            if (claim.Rule == "quote.mixed")
            {
                // "described the ban as “ridiculous” and “badly thought out”": every quotation of the clause finds the
                // same cue and makes the same clause, which is one claim, the first quotation's.
                if (lastMixed is not null && lastMixed.Start == claim.Start && lastMixed.End == claim.End) continue;
                lastMixed = claim;
            }
            quoteClaims.Add((quotation, claim));
        }
        FillContinuations(quoteClaims);
        AttributeToPreviousSubject(context, quoteClaims);
        FindBlockQuotes(context, quotations);
        FindReportedSpeech(context, quotations);
        RemoveRepeatedQuotes(document, quoteClaims);
        InheritSpeakers(document, quoteClaims);
        foreach (var (span, claim) in quoteClaims)
        {
            // A short quotation attributed only by proximity or by the sentence's subject is more often a scare quote
            // than speech, and so is one continuing such a quotation.
            if (!IsWeaklyAttributed(claim) || WordCount(document, span.Start, span.End) >= options.MinUnattributedWords)
                document.Claims.Add(claim);
        }
    }

    private static bool IsWeaklyAttributed(Claim claim)
    {
        var source = claim.Rule == "quote.continued" && claim.SpeakerFrom is not null ? claim.SpeakerFrom : claim;
        return !source.IsAttributed || source.Rule is "quote.nearby" or "quote.subject" or "quote.previous-subject";
    }

    /// <summary>
    /// A quote still without a speaker takes one from the attributed claims around it: the nearest attributed claim
    /// before it in the same or the previous paragraph, else the first one after it in the same or the next
    /// paragraph. (Reaching farther back, to whoever was quoted last anywhere, was tried and measured: on PolNeAR
    /// its guesses were almost never the annotated source, so a quote that far from a cue keeps no speaker.)
    /// </summary>
    private static void InheritSpeakers(Document document, List<(QuotationSpan Span, Claim Claim)> quotes)
    {
        var attributed = new List<(Claim Claim, int Paragraph)>();
        foreach (var claim in document.Claims)
            if (claim.IsAttributed) attributed.Add((claim, ParagraphAt(document, claim.Start)));
        foreach (var (_, claim) in quotes)
            if (claim.IsAttributed) attributed.Add((claim, ParagraphAt(document, claim.Start)));
        attributed.Sort((a, b) => a.Claim.Start.CompareTo(b.Claim.Start));

        // Quotes come in text order, so one pointer finds the attributed claims on either side of each (linear time).
        int next = 0;
        foreach (var (_, claim) in quotes)
        {
            while (next < attributed.Count && attributed[next].Claim.Start < claim.Start) next++;
            if (claim.IsAttributed) continue;
            int paragraph = ParagraphAt(document, claim.Start);
            Claim? source = null;
            if (next > 0 && attributed[next - 1].Paragraph >= paragraph - 1) source = attributed[next - 1].Claim;
            if (source is null)
            {
                int after = next;
                while (after < attributed.Count && attributed[after].Claim.Start == claim.Start) after++;
                if (after < attributed.Count && attributed[after].Paragraph <= paragraph + 1) source = attributed[after].Claim;
            }
            if (source is null) continue;
            claim.SpeakerFrom = source.SpeakerFrom ?? source;
            claim.Rule = "quote.nearby";
            claim.Confidence = ConfidencePrior.For(claim.Rule, SpeakerPhraseKind.Name);
        }
    }

    /// <summary>
    /// Drops quote rows that another row already holds: a partial quote inside reported speech ("Trump said Machado
    /// was “disgusting”") with no speaker of its own or the same one, since the reported-speech row holds it,
    /// quotation marks and all, which is the mixed quote as annotators mark it; and a quotation inside a mixed
    /// quote's clause. Both lists are in text order, so one sweep does it.
    /// </summary>
    private static void RemoveRepeatedQuotes(Document document, List<(QuotationSpan Span, Claim Claim)> quotes)
    {
        var reported = document.Claims.Where(c => c.Kind == ClaimKind.Indirect).OrderBy(c => c.Start).ToList();
        int next = 0;
        int mixedStart = -1, mixedEnd = -1;
        quotes.RemoveAll(q =>
        {
            var quote = q.Claim;
            bool insideMixed = quote.Rule != "quote.mixed" && quote.Start >= mixedStart && quote.End <= mixedEnd;
            if (quote.Rule == "quote.mixed" && quote.End > mixedEnd) (mixedStart, mixedEnd) = (quote.Start, quote.End);
            if (insideMixed) return true;
            while (next < reported.Count && reported[next].Start <= quote.Start) next++;
            if (next == 0) return false;
            var other = reported[next - 1];
            if (quote.End > other.End + 1) return false;
            return !quote.IsAttributed || (quote.HasSpeakerMention && quote.SpeakerStart < other.SpeakerEnd && other.SpeakerStart < quote.SpeakerEnd);
        });
    }

    /// <summary>The paragraph of the sentence holding the token at <paramref name="offset"/> (0 when outside every sentence).</summary>
    private static int ParagraphAt(Document document, int offset)
    {
        int sentence = document.SentenceOfToken(document.TokenAt(offset));
        return sentence < 0 ? 0 : document.Sentences[sentence].Paragraph;
    }

    private Claim? Attribute(QuoteContext context, QuotationSpan quotation)
    {
        var document = context.Document;
        int openToken = document.TokenAt(quotation.OpenMark);
        int lastToken = quotation.CloseMark >= 0 ? document.TokenAt(quotation.CloseMark) : document.TokenAt(quotation.End - 1);
        int openSentence = document.SentenceOfToken(openToken);
        int closeSentence = document.SentenceOfToken(lastToken);
        if (openSentence < 0 || closeSentence < 0) return null;

        // Cue before the quote, nearest first; a naming cue ("titled") makes it a title, not speech.
        int sentenceStart = document.Sentences[openSentence].FirstToken;
        // At most MaxCueDistance tokens back: a cue further away is not this quote's, and an unbounded scan makes
        // a giant sentence full of quotation marks quadratic.
        for (int c = openToken - 1; c >= Math.Max(sentenceStart, openToken - MaxCueDistance); c--)
        {
            if (context.IsQuoted(c) || !context.TryCueAt(c, out var cue, out int length)) continue;
            if (cue.Class == CueClass.Title) return null;
            // "called" is speech only right before the quote: "what Biden called “…”", not "called for".
            if (cue.Lemma == "call" && openToken - (c + length) > 1) continue;
            SpeakerPhrase? phrase = cue.Class == CueClass.According
                ? speakers.FindRight(document, c + length, openToken) ?? speakers.DescriptionAfter(document, c + length, openToken)
                : speakers.FindLeft(document, c, sentenceStart) ?? InvertedSpeaker(document, c + length, openToken);
            if (phrase is null) continue;
            var rule = cue.Class == CueClass.According ? "quote.according" : "quote.cue-before";
            if (cue.Class != CueClass.According && phrase.Value.End <= c && openSentence == closeSentence
                && MixedQuoteStart(document, c + length, openToken) is int contentStart)
            {
                // Words between the cue and the quotation: the claim is the clause around the quoted words.
                int sentenceEnd = ClauseEnd(context, lastToken + 1, TrimEnd(document, lastToken + 1, document.Sentences[closeSentence].EndToken));
                int end = Math.Max(document.Tokens[lastToken].End, sentenceEnd > lastToken + 1 ? document.Tokens[sentenceEnd - 1].End : 0);
                return Make(context, ClaimKind.Quote, document.Tokens[contentStart].Start, end, "quote.mixed", c, c + length, phrase.Value);
            }
            return Make(context, ClaimKind.Quote, quotation.Start, quotation.End, rule, c, c + length, phrase.Value);
        }

        if (quotation.CloseMark >= 0)
        {
            int sentenceEnd = document.Sentences[closeSentence].EndToken;
            int window = lastToken + 1;
            // "“… to regulate?” Vitter demanded.": a question or exclamation inside the marks ends the sentence for
            // the splitter, but the cue is in the short sentence after it, in the same paragraph.
            // A cue on the line after the quote ("…,”¶said Maria Lopez.") counts too, when that line is nothing else.
            if (window == sentenceEnd && closeSentence + 1 < document.Sentences.Length)
            {
                var next = document.Sentences[closeSentence + 1];
                int paragraph = document.Sentences[closeSentence].Paragraph;
                bool sameParagraph = next.Paragraph == paragraph;
                bool cueLine = next.Paragraph == paragraph + 1 && document.Paragraphs[next.Paragraph].EndSentence == closeSentence + 2
                    && document.Paragraphs[paragraph].EndSentence == closeSentence + 1;
                if ((sameParagraph || cueLine) && next.TokenCount <= options.CueWindowTokens + 1)
                    sentenceEnd = next.EndToken;
            }
            if (window < sentenceEnd && document.FoldedToken(window) is ",") window++;
            // The cue follows within a few tokens, or after a long speaker phrase that starts right after the quote
            // ("…,” Scott Pruitt, the Republican attorney general of Oklahoma, one of the states suing, said).
            int windowEnd = Math.Min(sentenceEnd, window + MaxSpeakerBeforeCueTokens);
            for (int c = window; c < windowEnd; c++)
            {
                if (context.IsQuoted(c) || document.FoldedToken(c) is "\"") break;
                if (!context.TryCueAt(c, out var cue, out int length) || cue.Class is not (CueClass.Speech or CueClass.Report)) continue;
                // Before the cue a name or a plain noun phrase ("the congressional report said"); after it the same
                // ("said the agency, which …"), also when words stand between the quote and the cue ("“…” about the
                // decision, said RoseAnn DeMoro").
                var phrase = c > window ? speakers.FindLeft(document, c, window) ?? speakers.DescriptionBefore(document, window, c) : null;
                bool participle = document.FoldedToken(c).EndsWith("ing", StringComparison.Ordinal);
                if (phrase is null && !participle && (c == window || document.FoldedToken(c - 1) is ","))
                    phrase = speakers.FindRight(document, c + length, sentenceEnd) ?? speakers.DescriptionAfter(document, c + length, sentenceEnd);
                if (phrase is null) break;
                if (c - window > options.CueWindowTokens && !OnlyNameWords(document, window, PhraseStart(phrase.Value))
                    && !EndsClauseAfterComma(document, PhraseStart(phrase.Value), c + length, sentenceEnd)) break;
                return Make(context, ClaimKind.Quote, quotation.Start, quotation.End, "quote.cue-after", c, c + length, phrase.Value);
            }
        }

        // "Republican pollster Daron Shaw: “…”", "She then addressed the supporters again: “…”".
        if (openToken - 1 > sentenceStart && document.FoldedToken(openToken - 1) is ":"
            && (speakers.FindLeft(document, openToken - 1, sentenceStart) ?? speakers.SubjectOfClause(document, sentenceStart, openToken - 1)) is { } introduced)
            return Make(context, ClaimKind.Quote, quotation.Start, quotation.End, "quote.colon", openToken - 1, openToken, introduced);
        if (LooksLikeTitle(document, quotation)) return null;
        if (quotation.CloseMark >= 0 && DashSignature(document, lastToken) is { } signed)
            return Make(context, ClaimKind.Quote, quotation.Start, quotation.End, "quote.dash", signed.Dash, signed.Dash + 1, signed.Phrase);
        if (SpeakerLine(document, openToken) is { } line)
            return Make(context, ClaimKind.Quote, quotation.Start, quotation.End, "quote.speaker-line", line.Colon, line.Colon + 1, line.Phrase);
        if (IntroducedByPreviousParagraph(context, openToken) is var (introCue, introLength, introPhrase))
            return Make(context, ClaimKind.Quote, quotation.Start, quotation.End, "quote.intro", introCue, introCue + introLength, introPhrase);
        if (openSentence == closeSentence && SubjectVerb(document, openSentence, openToken) is { } subject)
            return Make(context, ClaimKind.Quote, quotation.Start, quotation.End, "quote.subject", subject.Verb, subject.Verb + 1, subject.Phrase);
        return new Claim
        {
            Kind = ClaimKind.Quote,
            Start = quotation.Start,
            End = quotation.End,
            Rule = "quote.unattributed",
            Confidence = ConfidencePrior.For("quote.unattributed", null),
        };
    }

    private const int MaxSpeakerBeforeCueTokens = 30;

    /// <summary>Tokens [first, end) are capitalised words or determiners: a title or name before the speaker phrase proper.</summary>
    private static bool OnlyNameWords(Document document, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            var word = document.FoldedToken(t);
            if (document.Tokens[t].Kind != TokenKind.Word || !(char.IsUpper(word[0]) || word is "the" or "a" or "an")) return false;
        }
        return true;
    }

    /// <summary>"“…” to drive up the stock price, she said, referencing …": a speaker and cue set off by a comma, closing the clause.</summary>
    private static bool EndsClauseAfterComma(Document document, int phraseStart, int afterCue, int sentenceEnd) =>
        phraseStart > 0 && document.FoldedToken(phraseStart - 1) is ","
        && (afterCue >= sentenceEnd || document.Tokens[afterCue].Kind == TokenKind.Punctuation);

    private static int PhraseStart(SpeakerPhrase phrase) => phrase.HasRole ? Math.Min(phrase.First, phrase.RoleFirst) : phrase.First;

    /// <summary>An unattributed quote takes the speaker of the quote before it in the paragraph (or of the next one).</summary>
    private static void FillContinuations(List<(QuotationSpan Span, Claim Claim)> quotes)
    {
        for (int i = 0; i < quotes.Count; i++)
        {
            var (span, claim) = quotes[i];
            if (claim.HasSpeakerMention) continue;
            Claim? source = null;
            if (i > 0)
            {
                var (prevSpan, prevClaim) = quotes[i - 1];
                bool sameRun = prevSpan.Paragraph == span.Paragraph
                    || (prevSpan.ContinuesInNextParagraph && prevSpan.Paragraph == span.Paragraph - 1);
                if (sameRun && prevClaim.IsAttributed) source = prevClaim;
            }
            // The next quote of the paragraph, or the one that closes a quote left open at the paragraph's end.
            if (source is null && i + 1 < quotes.Count && quotes[i + 1].Claim.HasSpeakerMention
                && (quotes[i + 1].Span.Paragraph == span.Paragraph
                    || (span.ContinuesInNextParagraph && quotes[i + 1].Span.Paragraph == span.Paragraph + 1)))
                source = quotes[i + 1].Claim;
            if (source is null) continue;
            claim.SpeakerFrom = source.SpeakerFrom ?? source;
            claim.Rule = "quote.continued";
            claim.Confidence = ConfidencePrior.For(claim.Rule, SpeakerPhraseKind.Name);
        }
    }

    /// <summary>
    /// "The Times explains:" or "More from The Times:" ending a paragraph introduces the next paragraph as a quote.
    /// Each sentence becomes a row; a sentence that quotes a title is left out, since the row would present the
    /// title as speech.
    /// </summary>
    private void FindBlockQuotes(QuoteContext context, List<QuotationSpan> quotations)
    {
        var document = context.Document;
        for (int p = 0; p + 1 < document.Paragraphs.Length; p++)
        {
            var intro = document.Sentences[document.Paragraphs[p].EndSentence - 1];
            if (document.FoldedToken(intro.EndToken - 1) is not ":") continue;
            var next = document.Paragraphs[p + 1];
            char first = document.Folded[next.Start];
            if (first == '"') continue;
            if (IntroCue(context, intro) is not var (c, length, phrase)) continue;
            Claim? previous = null;
            for (int s = next.FirstSentence; s < next.EndSentence; s++)
            {
                var sentence = document.Sentences[s];
                if (ContainsTitleQuotation(document, quotations, sentence)) continue;
                int start = sentence.Start;
                if (document.FoldedToken(sentence.FirstToken) is "..." or "\u2026" && sentence.TokenCount > 1)
                    start = document.Tokens[sentence.FirstToken + 1].Start;
                var claim = Make(context, ClaimKind.Quote, start, sentence.End, "quote.block", c, c + length, phrase);
                if (previous is not null) claim.SpeakerFrom = previous;
                previous ??= claim;
                document.Claims.Add(claim);
            }
        }
    }

    /// <summary>The cue and speaker of a sentence ending in a colon that introduces a quote: "The Times explains:", "Dr. Ward stated:".</summary>
    private (int Cue, int Length, SpeakerPhrase Phrase)? IntroCue(QuoteContext context, SentenceSpan intro)
    {
        var document = context.Document;
        int colon = intro.EndToken - 1;
        if (document.FoldedToken(colon) is not ":") return null;
        for (int c = intro.FirstToken; c < colon; c++)
        {
            if (context.IsQuoted(c) || !context.TryCueAt(c, out var cue, out int length) || cue.Class is CueClass.Title or CueClass.Intent) continue;
            var phrase = cue.Class == CueClass.According
                ? speakers.FindRight(document, c + length, colon)
                : speakers.FindLeft(document, c, intro.FirstToken) ?? speakers.FindRight(document, c + length, colon);
            if (phrase is not null) return (c, length, phrase.Value);
        }
        return null;
    }

    /// <summary>A quotation that opens its paragraph after a paragraph ending "Dr. Ward stated:" is that speaker's.</summary>
    private (int Cue, int Length, SpeakerPhrase Phrase)? IntroducedByPreviousParagraph(QuoteContext context, int openToken)
    {
        var document = context.Document;
        int sentence = document.SentenceOfToken(openToken);
        if (sentence <= 0 || document.Sentences[sentence].FirstToken != openToken) return null;
        int paragraph = document.Sentences[sentence].Paragraph;
        if (paragraph == 0 || document.Paragraphs[paragraph].FirstSentence != sentence) return null;
        return IntroCue(context, document.Sentences[document.Paragraphs[paragraph - 1].EndSentence - 1]);
    }

    private static bool ContainsTitleQuotation(Document document, List<QuotationSpan> quotations, SentenceSpan sentence)
    {
        for (int i = QuotationScanner.FirstFrom(quotations, sentence.Start); i < quotations.Count && quotations[i].Start < sentence.End; i++)
            if (quotations[i].End <= sentence.End && LooksLikeTitle(document, quotations[i])) return true;
        return false;
    }

    private void FindReportedSpeech(QuoteContext context, List<QuotationSpan> quotations)
    {
        var document = context.Document;
        foreach (var sentence in document.Sentences)
        {
            for (int c = sentence.FirstToken; c < sentence.EndToken; c++)
            {
                if (context.IsQuoted(c) || !context.TryCueAt(c, out var cue, out int length)) continue;
                var claim = cue.Class switch
                {
                    CueClass.According => According(context, sentence, c, length),
                    CueClass.Speech or CueClass.Report => CueAfterClause(context, sentence, c, length)
                        ?? Complement(context, sentence, c, length, cue),
                    CueClass.Intent => Intent(context, sentence, c, length),
                    _ => null,
                };
                if (claim is null || IsInsideQuotation(quotations, claim.Start, claim.End)) continue;
                if (WordCount(document, claim.Start, claim.End) < options.MinIndirectWords) continue;
                document.Claims.Add(claim);
                // A second attribution may follow the first's clause in the same sentence ("…, and Hale said …").
                c = Math.Max(c, document.TokenAt(claim.End));
            }
        }
    }

    private Claim? According(QuoteContext context, SentenceSpan sentence, int cue, int length)
    {
        var document = context.Document;
        var phrase = speakers.FindRight(document, cue + length, sentence.EndToken);
        // A plain noun phrase as the source only for a finding without quoted words: with a quotation in the
        // sentence the quoted person, not "a report", is the speaker the quote row needs.
        if (phrase is null && !HasQuotation(context, sentence)) phrase = SourcePhrase(document, cue + length, sentence.EndToken);
        if (phrase is null) return null;
        int contentEnd = TrimEnd(document, sentence.FirstToken, sentence.EndToken);
        int before = CountWords(document, sentence.FirstToken, cue, atMost: 1);
        int afterFirst = phrase.Value.End;
        while (afterFirst < contentEnd && document.Tokens[afterFirst].Kind == TokenKind.Punctuation) afterFirst++;
        int after = CountWords(document, afterFirst, contentEnd, atMost: 1);
        int first, end;
        if (before <= 1) (first, end) = (afterFirst, contentEnd);
        else if (after <= 1) (first, end) = (sentence.FirstToken, TrimEnd(document, sentence.FirstToken, cue));
        else (first, end) = (sentence.FirstToken, contentEnd);
        if (end <= first) return null;
        return Make(context, ClaimKind.Indirect, document.Tokens[first].Start, document.Tokens[end - 1].End,
            "indirect.according", cue, cue + length, phrase.Value);
    }

    /// <summary>
    /// "according to a new poll by Harvard", "according to the results": after "according to" any noun phrase is
    /// the source, up to a comma or the end of the sentence; polls, data and documents are sources too.
    /// </summary>
    private static SpeakerPhrase? SourcePhrase(Document document, int first, int sentenceEnd)
    {
        int end = first;
        while (end < sentenceEnd && end - first < MaxSourceTokens && document.FoldedToken(end) is not ("," or ";" or ":" or "(")) end++;
        end = TrimEnd(document, first, end);
        if (end == first || end - first >= MaxSourceTokens || document.Tokens[first].Kind != TokenKind.Word) return null;
        return new SpeakerPhrase(first, end, SpeakerPhraseKind.Description, -1, -1);
    }

    private const int MaxSourceTokens = 16;

    private static bool HasQuotation(QuoteContext context, SentenceSpan sentence) =>
        context.AnyQuoted(sentence.FirstToken, sentence.EndToken);

    /// <summary>"…, The Washington Post reports." or "… would leave, he said.": the clause before the comma.</summary>
    private Claim? CueAfterClause(QuoteContext context, SentenceSpan sentence, int cue, int length)
    {
        var document = context.Document;
        if (InvertedCueAfterClause(context, sentence, cue, length) is { } inverted) return inverted;
        if (CountWords(document, cue + length, sentence.EndToken, atMost: 3) > 3) return null;
        var phrase = speakers.FindLeft(document, cue, sentence.FirstToken);
        if (phrase is null) return null;
        int phraseFirst = phrase.Value.HasRole ? Math.Min(phrase.Value.RoleFirst, phrase.Value.First) : phrase.Value.First;
        if (phraseFirst > sentence.FirstToken && document.FoldedToken(phraseFirst - 1) is "the" or "The" or "a" or "A") phraseFirst--;
        if (phraseFirst - 1 <= sentence.FirstToken || document.FoldedToken(phraseFirst - 1) is not ",") return null;
        int end = TrimEnd(document, sentence.FirstToken, phraseFirst - 1);
        if (end <= sentence.FirstToken) return null;
        return Make(context, ClaimKind.Indirect, sentence.Start, document.Tokens[end - 1].End,
            "indirect.cue-after", cue, cue + length, phrase.Value);
    }

    /// <summary>
    /// "…, said Larry Sabato, director of the Center for Politics.": the clause before the comma, by the speaker named
    /// after the cue, who ends the sentence (with an apposition).
    /// </summary>
    private Claim? InvertedCueAfterClause(QuoteContext context, SentenceSpan sentence, int cue, int length)
    {
        var document = context.Document;
        if (cue - 1 <= sentence.FirstToken + 2 || document.FoldedToken(cue - 1) is not ",") return null;
        var phrase = speakers.FindRight(document, cue + length, sentence.EndToken) ?? speakers.DescriptionAfter(document, cue + length, sentence.EndToken);
        if (phrase is not { } found || found.Kind == SpeakerPhraseKind.Pronoun || PhraseStart(found) > cue + length + 1) return null;
        int after = found.End;
        if (after < sentence.EndToken && document.FoldedToken(after) is not ("," or "." or "(")) return null;
        int end = TrimEnd(document, sentence.FirstToken, cue - 1);
        if (end <= sentence.FirstToken) return null;
        return Make(context, ClaimKind.Indirect, sentence.Start, document.Tokens[end - 1].End, "indirect.cue-after", cue, cue + length, found);
    }

    /// <summary>"X said (that) …", "X warned Congress that …": the clause after the cue.</summary>
    private Claim? Complement(QuoteContext context, SentenceSpan sentence, int cue, int length, Cue entry)
    {
        var document = context.Document;
        var phrase = speakers.FindLeft(document, cue, sentence.FirstToken);
        if (phrase is null) return null;
        int k = cue + length;
        int contentEnd = TrimEnd(document, sentence.FirstToken, sentence.EndToken);
        int first = -1;
        string rule = "indirect.that";
        for (int t = k; t < Math.Min(contentEnd, k + 6); t++)
        {
            var word = document.FoldedToken(t);
            if (document.Tokens[t].Kind == TokenKind.Punctuation || context.IsQuoted(t)) break;
            if (word is "that")
            {
                first = t + 1;
                break;
            }
            // "asked whether the plan would pass", "asked reporters what they expected": the question is the content.
            if (entry.Lemma is "ask" or "wonder" && word is "whether" or "if" or "what" or "who" or "how" or "why" or "when" or "where" or "which")
            {
                first = t;
                rule = "indirect.ask";
                break;
            }
        }
        if (first < 0 && k < contentEnd && options.BareClauseLemmas.Contains(entry.Lemma) && StartsClause(document, k, entry.Lemma))
        {
            first = k;
            rule = "indirect.say";
        }
        // "told POLITICO they concluded …", "told him the plan was dead": the clause after the person told.
        if (first < 0 && entry.Lemma == "tell" && AfterObject(document, k, contentEnd) is int clause && StartsClause(document, clause, "say"))
        {
            first = clause;
            rule = "indirect.say";
        }
        if (first < 0 || first >= contentEnd) return null;
        contentEnd = ClauseEnd(context, first, contentEnd);
        return Make(context, ClaimKind.Indirect, document.Tokens[first].Start, document.Tokens[contentEnd - 1].End,
            rule, cue, cue + length, phrase.Value);
    }

    /// <summary>
    /// Where reported words that run from <paramref name="first"/> stop: before a second attribution in the same
    /// sentence (", Ham also noted …", "and Donald Trump says …"), else at <paramref name="end"/>.
    /// </summary>
    private int ClauseEnd(QuoteContext context, int first, int end)
    {
        var document = context.Document;
        for (int c = first + 2; c < end; c++)
        {
            if (context.IsQuoted(c) || !context.TryCueAt(c, out var cue, out _) || cue.Class is not (CueClass.Speech or CueClass.Report)) continue;
            if (speakers.FindLeft(document, c, first) is not { Kind: SpeakerPhraseKind.Name or SpeakerPhraseKind.Pronoun } phrase) continue;
            int boundary = PhraseStart(phrase) - 1;
            if (boundary > first && document.FoldedToken(boundary) is "," or "and" or ";")
                return TrimEnd(document, first, document.FoldedToken(boundary - 1) is "," ? boundary - 1 : boundary);
        }
        return end;
    }

    /// <summary>"Baradar has vowed to build …".</summary>
    private Claim? Intent(QuoteContext context, SentenceSpan sentence, int cue, int length)
    {
        var document = context.Document;
        int to = cue + length;
        if (to + 1 >= sentence.EndToken || document.FoldedToken(to) is not "to") return null;
        var phrase = speakers.FindLeft(document, cue, sentence.FirstToken);
        if (phrase is null) return null;
        int contentEnd = TrimEnd(document, sentence.FirstToken, sentence.EndToken);
        if (to + 1 >= contentEnd) return null;
        return Make(context, ClaimKind.Indirect, document.Tokens[to + 1].Start, document.Tokens[contentEnd - 1].End,
            "indirect.intent", cue, cue + length, phrase.Value);
    }

    /// <summary>
    /// A short paragraph naming someone and ending in a colon ("Maria Lopez, 34, Phoenix:") introduces the quote that
    /// opens the next paragraph, as in lists of reactions and interviews.
    /// </summary>
    private (int Colon, SpeakerPhrase Phrase)? SpeakerLine(Document document, int openToken)
    {
        int sentence = document.SentenceOfToken(openToken);
        if (sentence <= 0 || document.Sentences[sentence].FirstToken != openToken) return null;
        int paragraph = document.Sentences[sentence].Paragraph;
        if (paragraph == 0 || document.Paragraphs[paragraph].FirstSentence != sentence) return null;
        var previous = document.Paragraphs[paragraph - 1];
        int first = document.Sentences[previous.FirstSentence].FirstToken;
        int colon = document.Sentences[previous.EndSentence - 1].EndToken - 1;
        if (colon <= first || colon - first > MaxSpeakerLineTokens || document.FoldedToken(colon) is not ":") return null;
        var phrase = speakers.FindRight(document, first, colon);
        if (phrase is not { Kind: SpeakerPhraseKind.Name } found || found.First != first) return null;
        return (colon, found);
    }

    private const int MaxSpeakerLineTokens = 15;
    private const int MaxInterjectionTokens = 12;
    private const int MaxCueTailWords = 6;

    private static bool HasThat(Document document, int first, int end)
    {
        for (int t = first; t < end; t++)
            if (document.FoldedToken(t) is "that") return true;
        return false;
    }

    /// <summary>
    /// A quotation that opens its sentence without a cue, after a sentence about someone: "Clinton touted her
    /// credentials. “We need to find ways …”", "Howard continued his remarks.¶“Eight years ago …”". The subject
    /// of the sentence before (in the paragraph, or ending the previous one) is the speaker; its verb stands in for the cue.
    /// </summary>
    private void AttributeToPreviousSubject(QuoteContext context, List<(QuotationSpan Span, Claim Claim)> quotes)
    {
        var document = context.Document;
        for (int i = 0; i < quotes.Count; i++)
        {
            var (span, claim) = quotes[i];
            if (claim.IsAttributed || PreviousSubject(context, document.TokenAt(span.OpenMark)) is not { } previous) continue;
            quotes[i] = (span, Make(context, ClaimKind.Quote, claim.Start, claim.End, "quote.previous-subject", previous.Verb, previous.Verb + 1, previous.Phrase));
        }
    }

    private (int Verb, SpeakerPhrase Phrase)? PreviousSubject(QuoteContext context, int openToken)
    {
        var document = context.Document;
        int sentence = document.SentenceOfToken(openToken);
        if (sentence <= 0 || document.Sentences[sentence].FirstToken != openToken) return null;
        var previous = document.Sentences[sentence - 1];
        if (previous.Paragraph < document.Sentences[sentence].Paragraph - 1) return null;
        if (previous.Paragraph != document.Sentences[sentence].Paragraph
            && document.Paragraphs[document.Sentences[sentence].Paragraph].FirstSentence != sentence) return null;
        for (int t = previous.FirstToken; t < previous.EndToken; t++)
            if (context.IsQuoted(t)) return null;
        // "Sam Lau, the party's spokesman, said in a statement." or "Bystrom agreed.": a cue whose clause ends the
        // sentence introduces the quote after it.
        for (int c = previous.FirstToken + 1; c < previous.EndToken; c++)
        {
            if (!context.TryCueAt(c, out var cue, out int length) || cue.Class != CueClass.Speech) continue;
            if (CountWords(document, c + length, previous.EndToken, MaxCueTailWords) > MaxCueTailWords || HasThat(document, c + length, previous.EndToken)) continue;
            if (speakers.FindLeft(document, c, previous.FirstToken) is { } speaker) return (c, speaker);
        }
        var found = SubjectVerb(document, sentence - 1, previous.EndToken);
        if (found is not { } subject || (subject.Phrase.Kind == SpeakerPhraseKind.Pronoun && document.FoldedToken(subject.Phrase.First) is "it" or "It"))
            return null;
        return subject;
    }

    /// <summary>
    /// A quotation inside a sentence with no verb of saying, whose subject is a speaker: "Bolton called Obama’s
    /// ignorance “disrespectful”", "the former secretary of state talked about continuing the “progress”". The
    /// quoted words are the subject's: its verb stands in for the cue.
    /// </summary>
    private (int Verb, SpeakerPhrase Phrase)? SubjectVerb(Document document, int sentence, int openToken)
    {
        if (document.Tags.Length == 0) return null;
        int first = document.Sentences[sentence].FirstToken;
        if (openToken - first < 2 || speakers.SubjectOfClause(document, first, openToken) is not { } phrase) return null;
        for (int t = phrase.End; t < openToken; t++)
        {
            // "Mike Huckabee, for his part, is labeling …": an interjection between commas is stepped over.
            if (document.FoldedToken(t) is "," && t == phrase.End)
            {
                int close = t + 1;
                while (close < openToken && close - t <= MaxInterjectionTokens && document.FoldedToken(close) is not ",") close++;
                if (close < openToken && document.FoldedToken(close) is ",") t = close;
                continue;
            }
            var tag = document.TagNames[document.Tags[t]];
            if (tag == "VERB") return (t, phrase);
            if (tag is not ("AUX" or "ADV" or "PART" or "PUNCT")) break;
        }
        return null;
    }

    /// <summary>A quote signed with a dash and a name that ends its paragraph: “…” ― Martha Aguilar.</summary>
    private (int Dash, SpeakerPhrase Phrase)? DashSignature(Document document, int closeToken)
    {
        int dash = closeToken + 1;
        if (dash >= document.Tokens.Length || document.FoldedToken(dash) is not ("\u2014" or "\u2015" or "--" or "-")) return null;
        int sentence = document.SentenceOfToken(closeToken);
        if (sentence < 0) return null;
        var paragraph = document.Paragraphs[document.Sentences[sentence].Paragraph];
        int paragraphEnd = document.Sentences[paragraph.EndSentence - 1].EndToken;
        if (speakers.FindRight(document, dash + 1, paragraphEnd) is not { Kind: SpeakerPhraseKind.Name } phrase) return null;
        // The name ends the paragraph, or an apposition follows it ("― Peter Novak, a teacher in Denver").
        int end = phrase.End;
        if (end < paragraphEnd && document.FoldedToken(end) is ",") return (dash, phrase);
        while (end < paragraphEnd && document.Tokens[end].Kind == TokenKind.Punctuation) end++;
        return end == paragraphEnd ? (dash, phrase) : null;
    }

    private static Claim Make(QuoteContext context, ClaimKind kind, int start, int end, string rule,
        int cueFirst, int cueEnd, SpeakerPhrase phrase)
    {
        var document = context.Document;
        var tokens = document.Tokens;
        return new Claim
        {
            Kind = kind,
            Start = start,
            End = end,
            Rule = rule,
            CueStart = tokens[cueFirst].Start,
            CueEnd = tokens[cueEnd - 1].End,
            SpeakerStart = tokens[phrase.First].Start,
            SpeakerEnd = tokens[phrase.End - 1].End,
            SpeakerRole = phrase.HasRole ? document.Slice(tokens[phrase.RoleFirst].Start, tokens[phrase.RoleEnd - 1].End) : null,
            Confidence = ConfidencePrior.For(rule, phrase.Kind),
        };
    }

    /// <summary>The token after the object of "told": a name, an object pronoun, or "reporters".</summary>
    private static int? AfterObject(Document document, int t, int end)
    {
        if (t >= end) return null;
        int entity = document.EntityAtToken(t);
        if (entity >= 0 && document.Entities[entity].FirstToken == t) return document.Entities[entity].EndToken < end ? document.Entities[entity].EndToken : null;
        if (document.FoldedToken(t) is "him" or "her" or "them" or "us" or "me" or "reporters" or "supporters") return t + 1 < end ? t + 1 : null;
        // An outlet or person the recognizer missed: capitalised words.
        int after = t;
        while (after < end && after - t < 4 && document.Tokens[after].Kind == TokenKind.Word && char.IsUpper(document.FoldedToken(after)[0])) after++;
        return after > t && after < end ? after : null;
    }

    private static bool StartsClause(Document document, int t, string lemma)
    {
        var word = document.FoldedToken(t);
        if (document.Tokens[t].Kind == TokenKind.Number) return true;
        if (document.Tokens[t].Kind != TokenKind.Word) return false;
        if (char.IsUpper(word[0])) return true;
        if (word is "the" or "a" or "an" or "he" or "she" or "they" or "it" or "we" or "i" or "there" or "this"
            or "these" or "those" or "his" or "her" or "their" or "its" or "our" or "no" or "some" or "all") return true;
        // "He said states like California will …": a noun phrase opens the reported clause too, after verbs that
        // take no object ("warned voters against …" has one).
        return NounClauseLemmas.Contains(lemma) && document.Tags.Length > 0 && document.TagNames[document.Tags[t]] is "NOUN" or "ADJ"
            && t + 1 < document.Tokens.Length && document.Tokens[t + 1].Kind == TokenKind.Word;
    }

    private static readonly HashSet<string> NounClauseLemmas = new(StringComparer.Ordinal)
    {
        "say", "add", "claim", "insist", "argue", "believe", "think", "predict", "estimate", "contend", "maintain", "allege",
    };

    /// <summary>Drops final punctuation and closing marks from the token range [first, end).</summary>
    /// <summary>
    /// A speaker after the cue ("said Mr. Lee: “…”") only when nothing but punctuation stands between it and the
    /// quote; otherwise the name is the subject of the reported clause ("said Sanders is mounting a “phony attack”").
    /// </summary>
    private SpeakerPhrase? InvertedSpeaker(Document document, int afterCue, int openToken)
    {
        if (speakers.FindRight(document, afterCue, openToken) is not { } phrase) return null;
        // "called it “…”": a pronoun after the cue is its object, not an inverted subject.
        if (phrase.Kind == SpeakerPhraseKind.Pronoun && document.FoldedToken(phrase.First) is "it" or "them" or "him" or "her") return null;
        for (int t = phrase.End; t < openToken; t++)
            if (document.Tokens[t].Kind != TokenKind.Punctuation) return null;
        return phrase;
    }

    /// <summary>
    /// The first token of a mixed quote's clause when words stand between the cue and the opening mark ("said the
    /// plan was “a disaster”"), else null ("said: “…”", "said that “…”").
    /// </summary>
    private static int? MixedQuoteStart(Document document, int afterCue, int openToken)
    {
        int t = afterCue;
        while (t < openToken && document.Tokens[t].Kind == TokenKind.Punctuation) t++;
        if (t < openToken && document.FoldedToken(t) is "that") t++;
        return CountWords(document, t, openToken, atMost: 0) > 0 ? t : null;
    }

    private static int TrimEnd(Document document, int first, int end)
    {
        while (end > first && document.Tokens[end - 1].Kind is TokenKind.Punctuation or TokenKind.Symbol) end--;
        return end;
    }

    /// <summary>Words and numbers in [first, end); counting stops past <paramref name="atMost"/>, so a test like
    /// "more than 3 words left" costs 4 steps, not the length of a giant sentence.</summary>
    private static int CountWords(Document document, int first, int end, int atMost = int.MaxValue)
    {
        int words = 0;
        for (int t = first; t < end && words <= atMost; t++)
            if (document.Tokens[t].Kind is TokenKind.Word or TokenKind.Number) words++;
        return words;
    }

    private static int WordCount(Document document, int start, int end) =>
        CountWords(document, document.TokenAt(start), document.TokenAt(end));

    private static bool IsInsideQuotation(List<QuotationSpan> quotations, int start, int end)
    {
        // Quotations do not overlap, so only the last one opening at or before start can hold the span.
        int last = QuotationScanner.FirstFrom(quotations, start + 1) - 1;
        return last >= 0 && end <= quotations[last].End;
    }

    /// <summary>A short Title Case quotation with no sentence punctuation reads as the name of a work.</summary>
    private static bool LooksLikeTitle(Document document, QuotationSpan quotation)
    {
        int first = document.TokenAt(quotation.Start);
        int end = document.TokenAt(quotation.End);
        int words = 0;
        for (int t = first; t < end; t++)
        {
            var token = document.Tokens[t];
            var word = document.FoldedToken(t);
            if (token.Kind == TokenKind.Punctuation && word is "." or "!" or "?" or ",") return false;
            if (token.Kind != TokenKind.Word) continue;
            words++;
            if (word.Length > 3 && !char.IsUpper(word[0])) return false;
        }
        return words is > 0 and <= 8 && char.IsUpper(document.Text[quotation.Start]);
    }
}
