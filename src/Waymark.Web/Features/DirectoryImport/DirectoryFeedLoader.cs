using Waymark.Domain.Common;

namespace Waymark.Web.Features.DirectoryImport;

/// <summary>The formats <c>waymark directory import</c> reads.</summary>
public enum DirectoryFeedFormat
{
    OrukJson,
    CsvPackage,
}

/// <summary>
/// Loads a feed from a file, folder or URL. A folder or <c>.zip</c> is an HSDS CSV package, anything else ORUK JSON,
/// unless the format is given. A URL is fetched; when it answers with a page of an ORUK list, the following pages
/// are fetched too (<c>page=2</c>, ...) until the last.
/// </summary>
public static class DirectoryFeedLoader
{
    public const int MaxPages = 10_000;

    public static async Task<DirectoryFeed> LoadAsync(
        string source, DirectoryFeedFormat? format, HttpClient http, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(http);
        if (Uri.TryCreate(source, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            return await LoadUrlAsync(url, format, http, progress, cancellationToken);
        }

        var isPackage = format == DirectoryFeedFormat.CsvPackage ||
            (format is null && (System.IO.Directory.Exists(source) || source.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)));
        if (isPackage)
        {
            return HsdsCsvPackageReader.Read(source);
        }

        if (!File.Exists(source))
        {
            throw new DomainException($"There is no file at {source}. Give an ORUK JSON file, an HSDS CSV package (folder or zip) or an http(s) address.", "File");
        }

        return OrukJsonReader.Read(await File.ReadAllTextAsync(source, cancellationToken)).Feed;
    }

    private static async Task<DirectoryFeed> LoadUrlAsync(Uri url, DirectoryFeedFormat? format, HttpClient http, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        if (format == DirectoryFeedFormat.CsvPackage || url.AbsolutePath.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            var file = Path.Combine(Path.GetTempPath(), $"waymark-package-{Guid.NewGuid():N}.zip");
            try
            {
                var (bytes, _) = await FetchAsync(http, url, cancellationToken);
                await File.WriteAllBytesAsync(file, bytes, cancellationToken);
                return HsdsCsvPackageReader.Read(file);
            }
            finally
            {
                File.Delete(file);
            }
        }

        var services = new List<FeedService>();
        var problems = new List<ImportProblem>();
        var next = url;
        for (var pages = 0; next is not null && pages < MaxPages; pages++)
        {
            progress?.Report($"Fetching {next}");
            var (_, text) = await FetchAsync(http, next, cancellationToken);
            var (feed, page) = ReadPage(next, text);
            services.AddRange(feed.Services);
            problems.AddRange(feed.Problems);
            next = page is { HasNext: true } ? WithPage(url, page.Number + 1) : null;
        }

        return new DirectoryFeed(services, problems, []);
    }

    /// <summary>One page of the feed; an answer that is not JSON (an HTML error page, say) is named as such, with its address.</summary>
    private static (DirectoryFeed Feed, FeedPage? Page) ReadPage(Uri url, string text)
    {
        try
        {
            return OrukJsonReader.Read(text);
        }
        catch (DomainException ex) when (ex.Field == "File")
        {
            throw new DomainException($"{url} did not answer with an Open Referral UK feed: {ex.Message} Check the address is the feed's /services address.", "File");
        }
    }

    private static async Task<(byte[] Bytes, string Text)> FetchAsync(HttpClient http, Uri url, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(url, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new DomainException($"Could not reach {url} ({ex.Message}). Check the address and that the server is up, then try again.", "File");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DomainException($"{url} did not answer in time. Check the address, or try again later.", "File");
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new DomainException($"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}. Check the address and try again.", "File");
            }

            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return (bytes, System.Text.Encoding.UTF8.GetString(bytes));
        }
    }

    /// <summary>The list address with <c>page</c> set (other query parameters, like per_page, kept).</summary>
    public static Uri WithPage(Uri url, int page)
    {
        ArgumentNullException.ThrowIfNull(url);
        var query = url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("page=", StringComparison.OrdinalIgnoreCase)).ToList();
        query.Add(FormattableString.Invariant($"page={page}"));
        return new UriBuilder(url) { Query = string.Join('&', query) }.Uri;
    }
}
