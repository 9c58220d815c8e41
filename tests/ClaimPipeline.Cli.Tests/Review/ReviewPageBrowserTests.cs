using System.Globalization;
using ClaimPipeline.Tests.Shared;
using Deque.AxeCore.Playwright;

namespace ClaimPipeline.Cli.Tests.Review;

/// <summary>
/// `claims review` (issue 21) in a real browser: the sample articles' page loads with no console error and no
/// request beyond itself, the filters change the rows, the keys move the focus, and the verdict export holds the marks.
/// </summary>
public sealed class ReviewPageBrowserTests
{
    [NeedsChromiumFact]
    public async Task The_sample_page_loads_without_console_errors_or_requests_and_highlights_every_kind()
    {
        using var folder = new TempFolder();
        await using var review = await ReviewPage.OpenAsync(folder, RepoPaths.Data("articles"));
        var page = review.Page;
        Assert.Equal(2, await page.Locator("#article-list button").CountAsync());
        foreach (var kind in new[] { "k-quote", "k-indirect", "k-numeric", "k-speaker", "k-cue" })
            Assert.True(await page.Locator($"#article-text .{kind}").CountAsync() > 0, kind);
        await review.ScreenshotAsync("sample-articles");
        await page.ClickAsync("#tab-table");
        await review.ScreenshotAsync("sample-table");
        await page.ClickAsync("#tab-summary");
        Assert.Contains("Top speakers", await page.InnerTextAsync("#view-summary"));
        Assert.Empty(review.ConsoleErrors);
        Assert.Equal([new Uri(review.Path).AbsoluteUri], review.Requests);
    }

    [NeedsChromiumFact]
    public async Task Hovering_a_claim_shows_its_row()
    {
        using var folder = new TempFolder();
        await using var review = await ReviewPage.OpenAsync(folder, RepoPaths.Data("articles"));
        await review.Page.HoverAsync("#article-text .k-numeric >> nth=0");
        var card = await review.Page.InnerTextAsync("#card");
        Assert.Contains("numeric claim", card);
        Assert.Contains("confidence", card);
        Assert.Contains("rule", card);
    }

    [NeedsChromiumFact]
    public async Task The_filters_change_the_visible_rows()
    {
        using var folder = new TempFolder();
        await using var review = await ReviewPage.OpenAsync(folder, RepoPaths.Data("articles"));
        var page = review.Page;
        await page.ClickAsync("#tab-table");
        int all = (await review.ColumnAsync(1)).Length;
        Assert.True(all > 20, $"{all} rows");

        await page.SelectOptionAsync("#f-kind", "numeric");
        var kinds = await review.ColumnAsync(1);
        Assert.InRange(kinds.Length, 1, all - 1);
        Assert.All(kinds, k => Assert.Equal("numeric", k));

        await page.SelectOptionAsync("#f-kind", "");
        await page.FillAsync("#f-speaker", "mujahid");
        var speakers = await review.ColumnAsync(2);
        Assert.InRange(speakers.Length, 1, all - 1);
        Assert.All(speakers, s => Assert.Contains("Mujahid", s));

        await page.FillAsync("#f-speaker", "");
        await page.FillAsync("#f-confidence", "0.9");
        var confidences = await review.ColumnAsync(4);
        Assert.InRange(confidences.Length, 1, all - 1);
        Assert.All(confidences, c => Assert.True(double.Parse(c, CultureInfo.InvariantCulture) >= 0.9, c));

        await page.FillAsync("#f-confidence", "0");
        await page.SelectOptionAsync("#f-article", "1");
        var articles = await review.ColumnAsync(0);
        Assert.InRange(articles.Length, 1, all - 1);
        Assert.All(articles, a => Assert.Equal("002_cc9e05855477d095", a));
        Assert.Empty(review.ConsoleErrors);
    }

    [NeedsChromiumFact]
    public async Task A_column_header_sorts_the_rows_both_ways()
    {
        using var folder = new TempFolder();
        await using var review = await ReviewPage.OpenAsync(folder, RepoPaths.Data("articles"));
        var page = review.Page;
        await page.ClickAsync("#tab-table");
        await page.ClickAsync("th[data-key=confidence] button");
        var ascending = (await review.ColumnAsync(4)).Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(ascending.Order(), ascending);
        Assert.NotEqual(ascending[0], ascending[^1]);
        Assert.Equal("ascending", await page.GetAttributeAsync("th[data-key=confidence]", "aria-sort"));
        await page.ClickAsync("th[data-key=confidence] button");
        var descending = (await review.ColumnAsync(4)).Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(descending.OrderDescending(), descending);
    }

    [NeedsChromiumFact]
    public async Task Keys_move_the_focus_from_claim_to_claim_and_into_the_next_article()
    {
        using var folder = new TempFolder();
        await using var review = await ReviewPage.OpenAsync(folder, RepoPaths.Data("articles"));
        var page = review.Page;
        var ids = await page.EvalOnSelectorAsync<string[]>("#data", "d => JSON.parse(d.textContent).claims.map(c => c.claim_id)");
        int firstArticleClaims = await page.EvalOnSelectorAsync<int>("#data", "d => JSON.parse(d.textContent).claims.filter(c => c.a === 0).length");
        await page.Keyboard.PressAsync("j");
        Assert.Equal(ids[0], await Focused(page));
        Assert.Equal(ids[0], await page.GetAttributeAsync("#card", "data-claim"));
        await page.Keyboard.PressAsync("j");
        Assert.Equal(ids[1], await Focused(page));
        await page.Keyboard.PressAsync("k");
        Assert.Equal(ids[0], await Focused(page));
        for (int i = 1; i < firstArticleClaims; i++) await page.Keyboard.PressAsync("j");
        Assert.Equal(ids[firstArticleClaims - 1], await Focused(page));
        await page.Keyboard.PressAsync("j");
        Assert.Equal(ids[firstArticleClaims], await Focused(page));
        Assert.Equal("true", await page.GetAttributeAsync("#article-list button >> nth=1", "aria-current"));

        // In the table, j and k move between rows and Enter opens the row's claim in its article.
        await page.ClickAsync("#tab-table");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        var row = await page.EvaluateAsync<string>("() => document.activeElement.cells[3].textContent");
        await page.Keyboard.PressAsync("Enter");
        Assert.False(await page.IsHiddenAsync("#view-articles"));
        Assert.Equal(ids[1], await Focused(page));
        Assert.StartsWith(row.TrimEnd('…'), await page.InnerTextAsync("#card p"));
    }

    private static Task<string> Focused(Microsoft.Playwright.IPage page) =>
        page.EvaluateAsync<string>("() => document.activeElement.dataset.focused");

    [NeedsChromiumFact]
    public async Task The_verdict_export_holds_the_marks_made_with_keys_and_buttons()
    {
        using var folder = new TempFolder();
        await using var review = await ReviewPage.OpenAsync(folder, RepoPaths.Data("articles"));
        var page = review.Page;
        var ids = await page.EvalOnSelectorAsync<string[]>("#data", "d => JSON.parse(d.textContent).claims.map(c => c.claim_id)");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("a");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("r");
        await page.Keyboard.PressAsync("j");
        await page.ClickAsync("#card button:has-text('Reject')");
        await page.ClickAsync("#card button:has-text('Accept')");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("a");
        await page.Keyboard.PressAsync("u");
        Assert.Contains("2 accepted, 1 rejected", await page.InnerTextAsync("#counts"));

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export"));
        var saved = Path.Combine(folder.Path, "verdicts.csv");
        await download.SaveAsAsync(saved);
        Assert.Equal("review-verdicts.csv", download.SuggestedFilename);
        var lines = File.ReadAllLines(saved);
        Assert.Equal("claim_id,verdict", lines[0]);
        Assert.Equal([$"{ids[0]},accept", $"{ids[1]},reject", $"{ids[2]},accept"], lines[1..].Order(StringComparer.Ordinal).ToArray()
            .OrderBy(l => Array.IndexOf(ids, l.Split(',')[0])));

        // The export feeds claims verdicts, joined with extract's rows of the same articles.
        var claims = folder.File("claims.jsonl", CliRunner.Extract(RepoPaths.Data("articles")).Out);
        var figures = CliRunner.Run(["verdicts", saved, "--claims", claims]);
        Assert.Equal(0, figures.ExitCode);
        Assert.Contains("3 reviewed claim(s), 2 accepted", figures.Out);

        // The marks survive a reload (the browser's storage, under this batch's key) and show in the table.
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("#article-text .hl");
        Assert.Contains("2 accepted, 1 rejected", await page.InnerTextAsync("#counts"));
        await page.ClickAsync("#tab-table");
        await page.SelectOptionAsync("#f-verdict", "reject");
        Assert.Equal(["reject"], await review.ColumnAsync(6));
    }

    [NeedsChromiumFact]
    public async Task A_claim_links_to_the_same_claim_in_the_other_article()
    {
        using var folder = new TempFolder();
        await using var review = await ReviewPage.OpenAsync(folder, RepoPaths.Data("articles"));
        var page = review.Page;
        await page.ClickAsync("#tab-table");
        await page.FillAsync("#f-speaker", "");
        var redLine = page.Locator("#claims tbody tr", new() { HasText = "red line" }).First;
        await redLine.ClickAsync();
        Assert.Equal("true", await page.GetAttributeAsync("#article-list button >> nth=0", "aria-current"));
        Assert.Contains("Same claim in 1 other place", await page.InnerTextAsync("#card"));
        await page.ClickAsync("#card .siblings button");
        Assert.Equal("true", await page.GetAttributeAsync("#article-list button >> nth=1", "aria-current"));
        Assert.Contains("red line", await page.InnerTextAsync("#card p"));
    }

    [NeedsChromiumFact]
    public async Task Markup_in_an_article_is_shown_as_text_and_never_runs()
    {
        using var folder = new TempFolder();
        var hostile = "{\"id\":\"x</script><script>alert(1)</script>\",\"title\":\"<img src=x onerror=alert(2)>\","
            + "\"text\":\"The minister said that <b>taxes</b> <script>document.title='owned'</script> will rise by 5% next year.\"}\n";
        var input = folder.File("hostile.jsonl", hostile);
        await using var review = await ReviewPage.OpenAsync(folder, input);
        var page = review.Page;
        bool dialog = false;
        page.Dialog += (_, d) => { dialog = true; _ = d.DismissAsync(); };
        Assert.Contains("<script>document.title='owned'</script>", await page.InnerTextAsync("#article-text"));
        Assert.Equal("<img src=x onerror=alert(2)>", await page.InnerTextAsync("#article-title"));
        Assert.NotEqual("owned", await page.TitleAsync());
        Assert.Equal(0, await page.Locator("#article-text script, #article-text b, img").CountAsync());
        Assert.False(dialog);
        Assert.Empty(review.ConsoleErrors);
    }

    [NeedsChromiumFact]
    public async Task The_page_has_no_contrast_or_other_serious_accessibility_violations()
    {
        using var folder = new TempFolder();
        await using var review = await ReviewPage.OpenAsync(folder, RepoPaths.Data("articles"));
        var results = await review.Page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes)").ToList();
        Assert.Empty(serious);
    }

    [NeedsChromiumFact]
    public async Task A_cluster_cell_shows_the_cluster_across_both_articles_and_the_article_search_narrows_the_list()
    {
        using var folder = new TempFolder();
        await using var review = await ReviewPage.OpenAsync(folder, RepoPaths.Data("articles"));
        var page = review.Page;
        await page.ClickAsync("#tab-table");
        await page.Locator("#claims tbody tr", new() { HasText = "eight years" }).Locator("td.cluster").ClickAsync();
        Assert.Equal(["8 years", "eight years"], (await review.ColumnAsync(3)).Order(StringComparer.Ordinal));
        Assert.Equal(["000_8d99f1fb4af1b66b", "002_cc9e05855477d095"], (await review.ColumnAsync(0)).Order(StringComparer.Ordinal));
        Assert.False(await page.IsHiddenAsync("#view-table"));

        await page.ClickAsync("#tab-articles");
        await page.FillAsync("#article-search", "002");
        Assert.True(await page.IsHiddenAsync("#article-list button >> nth=0"));
        Assert.False(await page.IsHiddenAsync("#article-list button >> nth=1"));
    }

    [NeedsChromiumFact]
    public async Task Arrow_keys_move_between_the_tabs()
    {
        using var folder = new TempFolder();
        await using var review = await ReviewPage.OpenAsync(folder, RepoPaths.Data("articles"));
        var page = review.Page;
        await page.FocusAsync("#tab-articles");
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("true", await page.GetAttributeAsync("#tab-table", "aria-selected"));
        Assert.Equal("tab-table", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.False(await page.IsHiddenAsync("#view-table"));
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.Equal("true", await page.GetAttributeAsync("#tab-summary", "aria-selected"));
    }
}
