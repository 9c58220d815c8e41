using ClaimPipeline.Claims.Numbers.Filters;
using ClaimPipeline.Claims.Numbers.Qualifiers;
using ClaimPipeline.Claims.Numbers.Readers;

namespace ClaimPipeline.Claims.Numbers;

/// <summary>
/// How numbers are read, in one place: every reader, filter and qualifier of the number stage, in the order they
/// run, with why each stands where it does (as Markdig keeps an ordered list of parsers). At each token
/// <see cref="NumberFinder"/> tries <see cref="Dates"/>, then <see cref="QuantityReader"/> goes through the steps
/// below from <see cref="Currency"/> to <see cref="Changes"/>, in the order of the properties. Readers and
/// compound readers: the first that reads wins (value and date readers are tried only at tokens whose first
/// character they declare, <see cref="OpeningTable{T}"/>). Filters: any one rejects. Qualifiers: all apply, in order.
/// </summary>
public sealed class NumberGrammar
{
    public NumberGrammar(NumberLexicons lexicons)
    {
        Currency = new CurrencyPrefix(lexicons.CurrencyWords);
        Dates =
        [
            new MonthDayReader(lexicons),   // "August 31, 2021": starts at the month, so it is read before "31" could be a count
            new DayMonthReader(lexicons),   // "6 January 2005": a day number (two digits at most) before a month
            new DecadeReader(),             // "the late 1990s": a token no other reader takes
            new YearReader(lexicons),       // "in 2010": last, a four-digit number that no unit makes a count ("2010 people")
        ];
        DigitFilter[] digitFilters =
        [
            new LeadingZeroFilter(),        // "0800": a code whatever follows, so before the token is parsed
            new ScoreFilter(),              // "2-1", "2007-2013": one token, so only its own characters tell
            new DigitSuffixFilter(),        // "3rd", "3pm": else the suffix would be read as a unit
            new IdentifierSuffixFilter(lexicons), // "11J", "3D", "4Q2022": after the ordinals and clock times, letters that no unit lexicon knows
        ];
        var spelled = new SpelledNumberReader(lexicons);
        ValueReader[] unsigned =
        [
            new SlashFractionReader(),      // "1/3 of": before the digits reader, which would read the 1 alone
            new DigitsReader(digitFilters, lexicons), // "20,000", "3bn": digit tokens, which no word reader takes
            new GluedCurrencyReader(lexicons), // "RM7.8", "USD160,300": a word token, but one no word reader takes
            new FewReader(lexicons),        // "a few thousand": before the article readers, as "a few" is no "a" + number
            new ArticleNumberReader(lexicons, spelled), // "a million", "a hundred and two": an article and a multiplier
            new DozenReader(lexicons),      // "a dozen": exactly twelve, where "dozen" alone is a vague group
            new HalfScaleReader(lexicons),  // "half a million": before the fraction reader, which reads "half" alone
            new FractionReader(lexicons),   // "a third of", "half of": only before "of" or a clause end ("a third term")
            new GroupReader(lexicons),      // "tens of thousands": before spelled numbers, which stop at group words
            spelled,                        // "twenty-one", "one fifth": last, as it tries any word
        ];
        // "-5C", "minus 20C": first, as the sign belongs to the number after it, which the unsigned readers read.
        Numbers = new NumberReader([new SignedNumberReader(new NumberReader(unsigned), lexicons), .. unsigned]);
        Units = new UnitReader(lexicons);
        Age = new AgeReader(lexicons);
        var changeBefore = new ChangeWordBefore(lexicons);
        var second = new SecondNumberReader(Numbers, Units, lexicons.CurrencyWords);

        // Any one rejects; they need only the number, so they run before its unit is looked for.
        NumberFilters =
        [
            new ListMarkerFilter(),         // "23.": a sentence that is only a number marks a list item
            new NumberWordNameFilter(lexicons), // "Three Gorges", "BBC One": a name, currency sign or not
            new CurrencyCodeNameFilter(),   // "COP 27", "SDG 15": a currency code before a small whole number names something
            new HyphenCompoundFilter(lexicons), // "one-off", "two-pronged": before the unit, which would read the part after the hyphen
            new IdiomaticOneFilter(lexicons), // "at one point", "One day, I sat": before the unit, which would count the noun
            new DateFragmentFilter(lexicons), // "Oct. 20 national elections", "July 6 to 16", "2021–22": before the unit, which would count the noun
            new OrdinalWordFilter(lexicons), // "one hundred twenty fifth": before the unit, which would read "second" as a duration
            new ClockTimeFilter(lexicons),  // "10:30", "3 pm"; this and the next ones only without a currency sign
            new NumberReferenceFilter(lexicons), // "No. 10", "to number one"
            new StreetNumberFilter(lexicons), // "10 Downing Street"
            new DigitGroupFilter(),         // "028 9276"
        ];
        Compounds =
        [
            new ToRangeReader(second, changeBefore), // "252 to 287 miles": not after a word of change ("rose 2% to 5%")
            new FromToRangeReader(second),  // "from 75% to 60%": the "to" may stand ten tokens on
            new RatioReader(second),        // "one in 10,000 consoles": when no range took the second number
        ];
        // Any one rejects; they run once the unit and range are known, as a unit makes the number a count.
        CountFilters =
        [
            new PositionFilter(lexicons),   // "the top 10", but "the top 10 firms" counts firms
            new NameIdentifierFilter(lexicons), // "Section 427", but "Windows 10 users" counts users
            new EventNameFilter(lexicons),  // "the 100m champion": once the distance is read as the token's unit
        ];
        Bounds =
        [
            new QualifierPhrase(lexicons),  // "more than 20,000": first, a bound before the number wins over one after it
            new PassedLevel(lexicons),      // "the toll passed 1,000": a verb the phrases of qualifiers.tsv leave to the unit
            new OrMoreAfter(),              // "20 or more"
            new AtLeastAfter(),             // "15 years at least"
            new LevelReached(lexicons),     // "went up to 5.5%": after the phrase whose bound it turns into a level
            new VagueGroupBound(),          // "thousands": last, only when nothing else qualified it
        ];
        UncountedFilters =
        [
            new PronounOneFilter(),         // "one of them": after the age reader, which gives a spelled number no unit
            new DashRangeFilter(lexicons),  // "lost 6-7", "2007-2013": after the age reader, as "aged 16-24" is a range of years
        ];
        Changes =
        [
            changeBefore,                   // "rose 2%": the verb before the number is the surest sign of a change
            new ComparedWithEarlier(lexicons), // "13% greater than last year": before "a 3% rise", as "higher than in France" is no rise
            new ChangeWordAfter(lexicons),  // "a 3% rise"
            new CoordinatedChange(),        // "cuts of 9.6% … and 5.6%": only when the quantity's own words say nothing
            new BoundAsChange(),            // no direction: the bound, so a direction wins over "more than" or "about"
            new SignedChange(lexicons),     // "-1.3%", "+0.8%": once the change is known, as "up" with a minus sign becomes "down"
            new ConversionInBrackets(),     // "about $2.95bn (£1.57bn)": last, it copies a finished change
        ];
    }

    /// <summary>Dates, years and decades, tried at each token before any quantity: "6 January" is no count of six.</summary>
    public DateReader[] Dates { get; }

    /// <summary>A currency sign before the number: its unit, and where the number starts.</summary>
    public CurrencyPrefix Currency { get; }

    /// <summary>The number's value.</summary>
    public NumberReader Numbers { get; }

    /// <summary>Numbers that are no quantity, told from the number and its neighbours alone, before any unit is read.</summary>
    public NonQuantityFilter[] NumberFilters { get; }

    /// <summary>The unit after the number: written into it, a lexicon unit, a counted noun, a rate.</summary>
    public UnitReader Units { get; }

    /// <summary>A second number that belongs to the quantity: a range or a ratio.</summary>
    public CompoundReader[] Compounds { get; }

    /// <summary>Numbers that are no quantity unless a unit says what they count.</summary>
    public NonQuantityFilter[] CountFilters { get; }

    /// <summary>The qualifier and its bound (approx, min, max, or "=" for a level).</summary>
    public QuantityQualifier[] Bounds { get; }

    /// <summary>A bare number that is an age gets the unit "year"; after the bounds, as "people over 60" reads "over".</summary>
    public AgeReader Age { get; }

    /// <summary>Numbers that count nothing once the unit and age are known: a pronoun "one", a score written as a range.</summary>
    public NonQuantityFilter[] UncountedFilters { get; }

    /// <summary>"11 years ago": the quantity's time; after the age, as only a quantity with a unit takes it.</summary>
    public AgoReader Ago { get; } = new();

    /// <summary>The change: up or down, else the bound; after "ago", as "a 3% rise" looks past the quantity's end.</summary>
    public QuantityQualifier[] Changes { get; }
}
