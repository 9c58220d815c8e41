using ClaimPipeline.Nlp.Normalization;
using ClaimPipeline.Nlp.Tagging;
using ClaimPipeline.Nlp.Text;
using ClaimPipeline.Tests.Shared;

namespace ClaimPipeline.Nlp.Tests.Tagging;

public sealed class NameMemoryTests
{
    // Types in the recognizer's class order: LOC, MISC, ORG, PER.
    private const int Loc = 0, Org = 2, Per = 3;

    private static Document Tokens(string text) => TestStages.Run(text, [new Normalizer(), TestStages.Tokenizer, TestStages.Sentences]);

    private static int Index(Document document, string word) =>
        Array.FindIndex(document.Tokens, t => document.Text[t.Start..t.End] == word);

    [Fact]
    public void Match_TakesTheLongestRememberedName_AndItsMostFrequentType()
    {
        var memory = new NameMemory(4);
        var training = Tokens("Grace Road and the Test and County Cricket Board met Grace in Leicester .");
        memory.Add(training, Index(training, "Grace"), Index(training, "Road") + 1, Loc, fold: 1);
        memory.Add(training, Index(training, "Test"), Index(training, "Board") + 1, Org, fold: 2);
        memory.Add(training, 10, 11, Per, fold: 3); // the second "Grace", a person

        var text = Tokens("They played at Grace Road for the Test and County Cricket Board .");
        Assert.Equal(2, memory.Match(text, Index(text, "Grace"), text.Tokens.Length, -1, out int type, out bool clear));
        Assert.Equal(Loc, type);
        Assert.True(clear);
        Assert.Equal(5, memory.Match(text, Index(text, "Test"), text.Tokens.Length, -1, out type, out _));
        Assert.Equal(Org, type);
        // The limit (a sentence end) cuts the longer name; "Grace" alone was a person.
        Assert.Equal(1, memory.Match(text, Index(text, "Grace"), Index(text, "Road"), -1, out type, out _));
        Assert.Equal(Per, type);
        // Lowercase words never start a remembered name.
        Assert.Equal(0, memory.Match(text, Index(text, "played"), text.Tokens.Length, -1, out _, out _));
    }

    [Fact]
    public void Match_WhileTraining_HidesTheNamesOfTheDocumentsOwnTenth()
    {
        var memory = new NameMemory(4);
        var training = Tokens("Magna said on Friday .");
        memory.Add(training, 0, 1, Org, fold: 4);
        Assert.Equal(1, memory.Match(training, 0, 5, excludeFold: -1, out _, out _));
        Assert.Equal(1, memory.Match(training, 0, 5, excludeFold: 3, out _, out _));
        Assert.Equal(0, memory.Match(training, 0, 5, excludeFold: 4, out _, out _));

        // Seen in another tenth as well: found, with only that tenth's type.
        memory.Add(training, 0, 1, Per, fold: 7);
        Assert.Equal(1, memory.Match(training, 0, 5, excludeFold: 4, out int type, out _));
        Assert.Equal(Per, type);
    }

    [Fact]
    public void Match_AnAmbiguousName_IsNotClear()
    {
        var memory = new NameMemory(4);
        var training = Tokens("Washington said .");
        for (int k = 0; k < 3; k++) memory.Add(training, 0, 1, Loc, fold: k);
        for (int k = 0; k < 2; k++) memory.Add(training, 0, 1, Per, fold: k);
        Assert.Equal(1, memory.Match(training, 0, 3, -1, out int type, out bool clear));
        Assert.Equal(Loc, type);
        Assert.False(clear); // three in five is below four fifths
    }

    [Fact]
    public void ToModel_ThenFromModel_MatchesAsBefore_WithoutStoringText()
    {
        var memory = new NameMemory(4);
        var training = Tokens("Jones Medical Industries Inc and Pirelli .");
        memory.Add(training, 0, 4, Org, fold: 0);
        memory.Add(training, 5, 6, Org, fold: 5);
        memory.Add(training, 0, 1, Per, fold: 6);
        var model = memory.ToModel(["LOC", "MISC", "ORG", "PER"]);
        Assert.Equal(3, model.Features.Length);
        var loaded = NameMemory.FromModel(model);

        var text = Tokens("JONES MEDICAL INDUSTRIES INC bought Pirelli");
        Assert.Equal(4, loaded.Match(text, 0, text.Tokens.Length, -1, out int type, out bool clear));
        Assert.Equal((Org, true), (type, clear));
        Assert.Equal(1, loaded.Match(text, 5, text.Tokens.Length, -1, out type, out _));
        Assert.Equal(Org, type);
    }
}
