using ClaimPipeline.Nlp.Text;

namespace ClaimPipeline.Claims.Rules;

/// <summary>
/// Every rule that makes a claim, in one table: the single source of the `rule` column's values, of the confidence
/// priors and of docs/rules.md (a test checks that the doc lists exactly this table). The only place where a rule's
/// name is written as a string; code refers to the instances.
/// </summary>
public static class ClaimRules
{
    private static readonly RulePrior SpeechCue = new(0.75) { Named = 0.9, Pronoun = 0.8, Unattributed = 0.3 };
    private static RulePrior Quote(double prior) => new(prior) { Unattributed = 0.3 };
    private static readonly RulePrior Number = new(0.5) { WithUnit = 0.8 };

    public static readonly ClaimRule QuoteCueAfter = new("quote.cue-after", ClaimKind.Quote, SpeechCue,
        "“We will not allow it,” Mujahid said.", "a speech cue and its speaker after the closing mark, within the cue window; a quote that continues it in the same sentence or opens the next (“…,” he said, “…”) is part of the claim (decision 78)");

    public static readonly ClaimRule QuoteCueBefore = new("quote.cue-before", ClaimKind.Quote, SpeechCue,
        "Mujahid said: “We will not allow it.”", "a speaker and speech cue before the opening mark, with nothing but punctuation or \"that\" between");

    public static readonly ClaimRule QuoteAccording = new("quote.according", ClaimKind.Quote, SpeechCue,
        "According to Mujahid, “we will not allow it.”", "\"according to\" and its source before the opening mark");

    public static readonly ClaimRule QuoteMixed = new("quote.mixed", ClaimKind.Quote, Quote(0.7),
        "The minister described the ban as “ridiculous and badly thought out”.", "a reported clause after a cue that holds quoted words; the claim is the whole clause");

    public static readonly ClaimRule QuoteColon = new("quote.colon", ClaimKind.Quote, Quote(0.5),
        "Republican pollster Daron Shaw: “It is close.”", "a speaker, or a clause's subject, before a colon that opens the quotation");

    public static readonly ClaimRule QuoteDash = new("quote.dash", ClaimKind.Quote, Quote(0.8),
        "“It was terrifying.” ― Martha Aguilar", "a quotation signed with a dash and a name that ends its paragraph");

    public static readonly ClaimRule QuoteSpeakerLine = new("quote.speaker-line", ClaimKind.Quote, Quote(0.8),
        "Maria Lopez, 34, Phoenix:¶“I voted early.”", "a short paragraph naming someone and ending in a colon, before the quotation that opens the next paragraph");

    public static readonly ClaimRule QuoteIntro = new("quote.intro", ClaimKind.Quote, Quote(0.5),
        "Dr. Ward stated:¶“The results are clear.”", "a quotation opening its paragraph after a paragraph that ends in a speaker and cue with a colon");

    public static readonly ClaimRule QuoteSubject = new("quote.subject", ClaimKind.Quote, Quote(0.5),
        "Mayor Lee Hall visited the flooded town, “the worst I have ever seen in my life”.", "a quotation in a sentence without a speech cue whose subject is a speaker");

    public static readonly ClaimRule QuotePreviousSubject = new("quote.previous-subject", ClaimKind.Quote, Quote(0.5),
        "Clinton touted her credentials. “We need to find ways …”", "a quotation opening its sentence without a cue, after a sentence whose subject is a speaker");

    public static readonly ClaimRule QuoteContinued = new("quote.continued", ClaimKind.Quote, Quote(0.75),
        "“We will not allow it,” he said. He paused. “Never again.”", "an unattributed quotation next to an attributed one in the same paragraph, or continuing across paragraphs: its speaker (one opening the sentence right after its cue is part of that claim: decision 78)");

    public static readonly ClaimRule QuoteNearby = new("quote.nearby", ClaimKind.Quote, Quote(0.5),
        "The streets were quiet.¶“The airport will close at noon tomorrow.”¶“We will not allow it,” Mujahid said.", "a quotation still without a speaker: the nearest attributed claim before it in the same or previous paragraph, else after it in the same or next");

    public static readonly ClaimRule QuoteBlock = new("quote.block", ClaimKind.Quote, Quote(0.6),
        "The Times explains:¶The plan has three parts.", "the sentences of a paragraph introduced by a previous paragraph ending in a speaker and cue with a colon, without quotation marks");

    public static readonly ClaimRule QuoteModel = new("quote.model", ClaimKind.Quote, Quote(0.6),
        "John Bolton called the deal “a total disaster for the region”.", "a quotation no rule attributed, or only by a sentence's subject or the sentence before, in a sentence where the trained attribution model finds a cue whose content takes in the quoted words: the model's source");

    public static readonly ClaimRule QuoteUnattributed = new("quote.unattributed", ClaimKind.Quote, Quote(0.5),
        "“This is the end of an era for the city.”", "a quotation of at least the minimum words with no speaker found (shorter ones are scare quotes)");

    public static readonly ClaimRule IndirectAccording = new("indirect.according", ClaimKind.Indirect, new RulePrior(0.8),
        "According to the Taliban, the airport will reopen.", "\"according to\" and a noun phrase (a person, outlet, poll or document), and the rest of the sentence");

    public static readonly ClaimRule IndirectCueAfter = new("indirect.cue-after", ClaimKind.Indirect, new RulePrior(0.7),
        "The airport will reopen, the Taliban said.", "a clause before a comma, then a speaker and a speech cue (either order) that end the sentence");

    public static readonly ClaimRule IndirectThat = new("indirect.that", ClaimKind.Indirect, new RulePrior(0.7),
        "Mujahid said that the airport will reopen.", "a speaker, a speech cue and a clause after \"that\"");

    public static readonly ClaimRule IndirectSay = new("indirect.say", ClaimKind.Indirect, new RulePrior(0.6),
        "Mujahid said the airport will reopen.", "a speaker and a cue that takes a clause without \"that\" (say, warn, believe…), or \"told X\" and a clause");

    public static readonly ClaimRule IndirectAsk = new("indirect.ask", ClaimKind.Indirect, new RulePrior(0.5),
        "Reporters asked whether the airport would reopen.", "\"ask\" or \"wonder\" and a clause opened by whether, if or a wh-word");

    public static readonly ClaimRule IndirectIntent = new("indirect.intent", ClaimKind.Indirect, new RulePrior(0.6),
        "Baradar has vowed to build an inclusive government.", "a speaker, a cue of intent (vow, pledge, promise…) and its \"to\" clause");

    public static readonly ClaimRule IndirectModel = new("indirect.model", ClaimKind.Indirect, new RulePrior(0.5),
        "Polls show Clinton leading in Ohio.", "a cue the trained attribution model finds where no rule made a claim (beliefs, plans, findings, \"X wants\"), with the source and content its role tagger marks");

    public static readonly ClaimRule NumberQuantity = new("number.quantity", ClaimKind.Numeric, Number,
        "more than 20,000 people were evacuated", "a number (digits, words, fractions, ranges \"X to Y\", \"5-10\") with its unit, qualifier and change");

    public static readonly ClaimRule NumberGroup = new("number.group", ClaimKind.Numeric, Number,
        "thousands of troops", "a vague magnitude (\"thousands of\", \"hundreds of millions\"): its lower bound; \"tens of thousands\": the range to the next power of ten");

    public static readonly ClaimRule NumberDate = new("number.date", ClaimKind.Numeric, Number,
        "It was signed on 31 August 2021.", "a calendar date (day and month, with or without the year) that the sentence asserts: an event's date or a deadline");

    public static readonly ClaimRule NumberYear = new("number.year", ClaimKind.Numeric, Number,
        "He was arrested in 2010.", "a year standing alone that the sentence asserts: an event's date or a deadline");

    /// <summary>Every rule, in the order docs/rules.md lists them.</summary>
    public static IReadOnlyList<ClaimRule> All { get; } =
    [
        QuoteCueAfter, QuoteCueBefore, QuoteAccording, QuoteMixed, QuoteColon, QuoteDash, QuoteSpeakerLine, QuoteIntro,
        QuoteSubject, QuotePreviousSubject, QuoteContinued, QuoteModel, QuoteNearby, QuoteBlock, QuoteUnattributed,
        IndirectAccording, IndirectCueAfter, IndirectThat, IndirectSay, IndirectAsk, IndirectIntent, IndirectModel,
        NumberQuantity, NumberGroup, NumberDate, NumberYear,
    ];

    private static readonly Dictionary<string, ClaimRule> ByName = All.ToDictionary(r => r.Name, StringComparer.Ordinal);

    /// <summary>The rule of an output name ("quote.cue-after"), or null: for reading the rule column and the confidence table.</summary>
    public static ClaimRule? Find(string name) => ByName.GetValueOrDefault(name);
}
