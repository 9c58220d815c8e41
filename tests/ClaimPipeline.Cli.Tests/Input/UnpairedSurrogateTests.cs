using ClaimPipeline.Cli.Input;

namespace ClaimPipeline.Cli.Tests.Input;

public sealed class UnpairedSurrogateTests
{
    [Theory]
    [InlineData("\"a\\ud800b\"", "\\ud800")]
    [InlineData("\"a\\uDBFF\"", "\\uDBFF")] // a high half at the end
    [InlineData("\"\\udc00\\ud800\"", "\\udc00")] // low before high is no pair
    [InlineData("\"\\ud83d\\ude00 \\ud800\\ud801\"", "\\ud800")] // a pair, then two highs
    [InlineData("\"\\ud83d\\ude00\"", null)]
    [InlineData("\"\\\\ud800\"", null)] // an escaped backslash, then the letters ud800
    [InlineData("\"\\u0041\\n\\\"\"", null)]
    [InlineData("\"\\ud8\"", null)] // cut short: not an escape this finder knows
    public void FindEscape(string json, string? expected) => Assert.Equal(expected, UnpairedSurrogate.FindEscape(json));
}
