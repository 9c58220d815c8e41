using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ClaimPipeline.Cli.Tests.Robustness;

/// <summary>
/// Inputs scrapers produce that no article should contain: each must run through the whole pipeline without an
/// error, and every row it writes must point at its own text. (Sizes are small here; growth with size is measured
/// by the benchmarks, never by timed asserts.)
/// </summary>
public sealed class PathologicalInputTests
{
    public static TheoryData<string, string> Cases()
    {
        var categories = new StringBuilder();
        // One character of every Unicode general category that a string can hold on its own.
        for (int c = 0x20; c < 0x30000 && categories.Length < 4000; c += 97)
            if (!char.IsSurrogate((char)Math.Min(c, 0xFFFF)) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.OtherNotAssigned)
                categories.Append(char.ConvertFromUtf32(c));
        return new TheoryData<string, string>
        {
            { "unmatched quotation marks", new string('"', 5000) + " \u201C\u201C\u201C said \u201D \u00AB" },
            { "a sentence without punctuation", string.Concat(Enumerable.Repeat("the minister spoke about numbers ", 2000)) },
            { "a 100,000-digit number", "Revenue was " + new string('7', 100_000) + " dollars." },
            { "said repeated", string.Concat(Enumerable.Repeat("said ", 5000)) },
            { "opening quotes and said", string.Concat(Enumerable.Repeat("\u201CHe said ", 3000)) },
            { "capitalised words", string.Concat(Enumerable.Repeat("Alpha Bravo Charlie Delta Echo ", 2000)) },
            { "every general category", categories.ToString() },
            { "right-to-left marks", "\u202EMary said \u201Cno\u201D\u202C \u200F\u05E9\u05DC\u05D5\u05DD 20 \u0645\u0631\u062D\u0628\u0627 \u200E said Ana." },
            { "zero-width characters", "Ma\u200Bry Sto\u200Dne\u2060 said \u201Cwe\u200C moved 5,000\uFEFF people\u201D." },
            { "NUL bytes", "Mary said\0 \u201Cwe moved\0 5,000 people\u201D\0." },
            { "CRLF and lone CR", "Mary said \u201Cwe moved\r\n5,000 people\u201D.\r\rAna said \u201Cno\u201D.\rEnd." },
            { "a BOM in the middle", "Mary said \uFEFF\u201Cwe moved 5,000 people\u201D.\uFEFF Ana said so." },
            { "a lone surrogate", "Mary said \u201Cwe moved \uD800 5,000 people\u201D and \uDC00 left." },
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extract_PathologicalText_RunsAndRowsPointAtTheirText(string name, string text)
    {
        // JSONL carries any string, lone surrogates and NUL included, as escapes.
        var line = JsonSerializer.Serialize(new { id = name, text });
        var result = CliRunner.Run(["extract", "-", "--format", "jsonl", "--config", CliRunner.Config], Encoding.UTF8.GetBytes(line + "\n"));

        Assert.True(result.ExitCode == 0, $"{name}: exit {result.ExitCode}: {result.Error}");
        foreach (var row in result.Rows)
        {
            int start = row.GetProperty("start").GetInt32(), end = row.GetProperty("end").GetInt32();
            Assert.InRange(start, 0, text.Length);
            Assert.InRange(end, start, text.Length);
            Assert.Equal(text[start..end], row.GetProperty("claim").GetString());
        }
    }
}
