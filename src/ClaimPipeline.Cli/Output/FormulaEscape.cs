namespace ClaimPipeline.Cli.Output;

/// <summary>
/// The CSV text escape, reversible: a cell that starts with a character a spreadsheet reads as the start of a
/// formula (= + - @, a tab, a carriage return, or the fullwidth ＝ ＋ － ＠ that some spreadsheets fold to them) or
/// with an apostrophe gets one leading apostrophe. Escaping a leading apostrophe too makes the escape reversible:
/// a reader strips exactly one leading apostrophe (<see cref="Unescape"/>) and has the original text.
/// </summary>
public static class FormulaEscape
{
    public static string? Escape(string? cell) =>
        cell is { Length: > 0 } && NeedsEscape(cell[0]) ? "'" + cell : cell;

    public static string Unescape(string cell) => cell.StartsWith('\'') ? cell[1..] : cell;

    private static bool NeedsEscape(char first) => first is '=' or '+' or '-' or '@' or '\t' or '\r' or '\''
        or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20';
}
