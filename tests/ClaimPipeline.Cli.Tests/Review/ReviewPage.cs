using Microsoft.Playwright;

namespace ClaimPipeline.Cli.Tests.Review;

/// <summary>
/// A review page written by `claims review` and open in headless Chromium, with every console error, page error and
/// request the page made recorded. Screenshots go to TestResults/review-screenshots (test artefacts, not in git).
/// </summary>
internal sealed class ReviewPage : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    public IPage Page { get; }
    public List<string> ConsoleErrors { get; } = [];
    public List<string> Requests { get; } = [];
    public string Path { get; }

    private ReviewPage(IPlaywright playwright, IBrowser browser, IPage page, string path)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        Path = path;
        page.Console += (_, message) => { if (message.Type == "error") ConsoleErrors.Add(message.Text); };
        page.PageError += (_, error) => ConsoleErrors.Add("page error: " + error);
        page.Request += (_, request) => Requests.Add(request.Url);
    }

    /// <summary>Writes the page for <paramref name="inputs"/> into <paramref name="folder"/> and opens it.</summary>
    public static async Task<ReviewPage> OpenAsync(TempFolder folder, params string[] inputs)
    {
        var path = System.IO.Path.Combine(folder.Path, "report.html");
        var result = CliRunner.Run(["review", .. inputs, "-o", path, "--config", CliRunner.Config, "--threads", "2"]);
        Assert.True(result.ExitCode == 0, result.Error);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = NeedsChromiumFactAttribute.Chromium,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        var context = await browser.NewContextAsync(new() { AcceptDownloads = true, ViewportSize = new() { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        var review = new ReviewPage(playwright, browser, page, path);
        await page.GotoAsync(new Uri(path).AbsoluteUri);
        await page.WaitForSelectorAsync("#article-text .hl");
        return review;
    }

    public async Task ScreenshotAsync(string name)
    {
        var folder = System.IO.Path.Combine(ClaimPipeline.Tests.Shared.RepoPaths.Root, "TestResults", "review-screenshots");
        Directory.CreateDirectory(folder);
        await Page.ScreenshotAsync(new() { Path = System.IO.Path.Combine(folder, name + ".png"), FullPage = false });
    }

    public Task<string[]> ColumnAsync(int column) =>
        Page.EvalOnSelectorAllAsync<string[]>("#claims tbody tr", $"rows => rows.map(r => r.cells[{column}].textContent)");

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
