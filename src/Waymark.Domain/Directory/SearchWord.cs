namespace Waymark.Domain.Directory;

/// <summary>
/// One distinct word of a service's <see cref="Service.SearchText"/>, kept by the service as a row
/// (<c>service_search_words</c>) so text search is an index range on words instead of a scan of every listing's text:
/// a search word finds the services with a word that begins with it (see <see cref="SearchText.PrefixRange"/>).
/// </summary>
public sealed class SearchWord
{
    private SearchWord() => Word = string.Empty;

    internal SearchWord(string word) => Word = word;

    /// <summary>A normalised word (<see cref="SearchText.Normalise"/>), at most <see cref="SearchText.MaxWordLength"/> characters.</summary>
    public string Word { get; private init; }
}
