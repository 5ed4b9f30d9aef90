using Waymark.Domain.Directory;

namespace Waymark.Domain.Matching;

/// <summary>A word from one of the person's goals that a service's listing mentions.</summary>
public sealed record GoalMention(string Word, string Goal);

/// <summary>
/// The telling words of the person's goals ("walking", "choir", "benefits"), each reduced to a simple stem so a goal
/// to "get out walking" finds a "walking group" and "walks". Short and common words are left out so every goal does
/// not match every listing.
/// </summary>
public sealed class GoalWords
{
    private const int MinimumStemLength = 4;

    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "about", "again", "also", "back", "been", "being", "better", "could", "doing", "every", "feel", "feeling", "from",
        "going", "have", "help", "into", "just", "keep", "know", "less", "like", "make", "more", "much", "myself", "need",
        "once", "other", "people", "really", "some", "start", "than", "that", "their", "them", "then", "there", "they",
        "things", "this", "want", "week", "weeks", "well", "what", "when", "where", "with", "would", "year", "able",
        "month", "months", "time", "times", "find", "finding", "someone", "something", "place", "places", "local",
    };

    private readonly List<(string Stem, string Word, string Goal)> _words;

    private GoalWords(List<(string Stem, string Word, string Goal)> words) => _words = words;

    public static GoalWords From(IEnumerable<string> goals)
    {
        var words = new List<(string Stem, string Word, string Goal)>();
        foreach (var goal in goals)
        {
            foreach (var word in SearchText.Normalise(goal).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var stem = Stem(word);
                if (stem.Length >= MinimumStemLength && !Common.Contains(word) && words.TrueForAll(w => w.Stem != stem))
                {
                    words.Add((stem, word, goal.Trim()));
                }
            }
        }

        return new GoalWords(words);
    }

    /// <summary>The stems to look for, one per telling word.</summary>
    public IReadOnlyList<string> Stems => [.. _words.Select(w => w.Stem)];

    /// <summary>The goal words whose stem begins a word of the service's normalised text.</summary>
    public IReadOnlyList<GoalMention> MentionedBy(string searchText)
    {
        if (_words.Count == 0 || string.IsNullOrEmpty(searchText))
        {
            return [];
        }

        var serviceWords = searchText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return [.. _words
            .Where(w => Array.Exists(serviceWords, s => s.StartsWith(w.Stem, StringComparison.Ordinal)))
            .Select(w => new GoalMention(w.Word, w.Goal))];
    }

    public static string Stem(string word)
    {
        foreach (var suffix in (string[])["ing", "ers", "ed", "es", "er", "s"])
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= MinimumStemLength)
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }
}
