using Waymark.Domain.Common;

namespace Waymark.Domain.Measures;

/// <summary>
/// A questionnaire as data (FHIR <c>Questionnaire</c>): a stable canonical <see cref="Url"/> and a
/// <see cref="Version"/> together identify it, so a response always says exactly which words were asked and how they
/// score. A definition never changes once made (only its <see cref="Status"/> moves): a correction is a new version.
/// <see cref="Create"/> checks it whole (unique link ids, every possible score in exactly one band, a conversion
/// table for every possible raw total), so a service importing a licensed instrument finds a mistake on import,
/// not in a person's results.
/// </summary>
public sealed partial class QuestionnaireDefinition : Entity
{
    public const int UrlMaxLength = 500;
    public const int VersionMaxLength = 50;
    public const int TitleMaxLength = 200;
    public const int LicenceNoteMaxLength = 2000;
    public const int IntroductionMaxLength = 2000;
    public const int MaxItems = 50;

    private readonly List<QuestionnaireItem> _items = [];

    private QuestionnaireDefinition()
    {
        (Url, Version, Title, Scoring) = (string.Empty, string.Empty, string.Empty, ScoringRule.PerItem());
    }

    /// <summary>The canonical url, the same for every version ("https://waymark.nhs.uk/fhir/Questionnaire/ons4").</summary>
    public string Url { get; private init; }

    public string Version { get; private init; }

    public string Title { get; private init; }

    public QuestionnaireStatus Status { get; private set; }

    /// <summary>What is read or shown before the questions (FHIR <c>description</c>), e.g. the scale's anchors.</summary>
    public string? Introduction { get; private init; }

    /// <summary>Who owns the words and on what terms they are used (FHIR <c>copyright</c>).</summary>
    public string? LicenceNote { get; private init; }

    public IReadOnlyList<QuestionnaireItem> Items => _items;

    public ScoringRule Scoring { get; private init; }

    /// <summary>A new definition, checked whole; a draft unless a <paramref name="status"/> is given (as on import).</summary>
    public static QuestionnaireDefinition Create(
        string? url, string? version, string? title, IEnumerable<QuestionnaireItem> items, ScoringRule scoring,
        string? introduction = null, string? licenceNote = null, QuestionnaireStatus status = QuestionnaireStatus.Draft, Guid? id = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(scoring);
        var definition = new QuestionnaireDefinition
        {
            Id = id ?? Guid.CreateVersion7(),
            Url = CheckedUrl(url),
            Version = Text.Required(version, nameof(Version), "a version", VersionMaxLength),
            Title = Text.Required(title, nameof(Title), "a title", TitleMaxLength),
            Introduction = Text.Optional(introduction, nameof(Introduction), "the introduction", IntroductionMaxLength),
            LicenceNote = Text.Optional(licenceNote, nameof(LicenceNote), "the licence note", LicenceNoteMaxLength),
            Status = Enum.IsDefined(status) ? status : throw new DomainException("Choose draft, active or retired", nameof(Status)),
            Scoring = scoring,
        };
        definition._items.AddRange(items);
        definition.CheckItems();
        definition.CheckScoring();
        return definition;
    }

    public bool CanBeAnswered => Status == QuestionnaireStatus.Active;

    /// <summary>Offers a draft to people. Only a draft can be activated: a retired version stays retired.</summary>
    public void Activate()
    {
        if (Status != QuestionnaireStatus.Draft)
        {
            throw new DomainException($"Only a draft questionnaire can be made active; this one is {Status.ToString().ToLowerInvariant()}", nameof(Status));
        }

        Status = QuestionnaireStatus.Active;
    }

    /// <summary>Stops offering it; responses already recorded keep their scores and charts.</summary>
    public void Retire()
    {
        if (Status == QuestionnaireStatus.Retired)
        {
            throw new DomainException("This questionnaire is already retired", nameof(Status));
        }

        Status = QuestionnaireStatus.Retired;
    }

    /// <summary>
    /// The same questionnaire word for word and rule for rule (the status and id aside): what an import of a url and
    /// version already held must be, since a definition never changes once responses may refer to it.
    /// </summary>
    public bool HasSameContentAs(QuestionnaireDefinition other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return (Url, Version, Title, Introduction, LicenceNote, Scoring) == (other.Url, other.Version, other.Title, other.Introduction, other.LicenceNote, other.Scoring)
            && _items.SequenceEqual(other._items);
    }

    public QuestionnaireItem? FindItem(string linkId) => _items.FirstOrDefault(i => string.Equals(i.LinkId, linkId, StringComparison.Ordinal));

    /// <summary>What this questionnaire measures, with any threshold where the service put it.</summary>
    public IReadOnlyList<Measure> Measures(ScoringOptions? options = null)
    {
        var cutoffAt = (options ?? ScoringOptions.Default).CutoffAt;
        if (Scoring.Method == ScoringMethod.PerItem)
        {
            return _items.Select(i => MeasureOf(i.LinkId, i.Name, i.Banding!, i.PossibleScores.Select(s => (decimal)s).ToList(), cutoffAt)).ToList();
        }

        var banding = Scoring.TotalBanding!;
        var name = Scoring.Conversion?.MetricName ?? Scoring.TotalName!;
        return [MeasureOf(ScoringRule.TotalMeasureId, name, banding, PossibleTotals().Select(ConvertTotal).ToList(), cutoffAt)];
    }

    private static Measure MeasureOf(string id, string name, Banding banding, IReadOnlyList<decimal> possible, int? cutoffAt)
    {
        var (lowest, highest) = (possible.Min(), possible.Max());
        var bands = banding.Resolve(lowest, highest, cutoffAt);
        return new Measure(id, name, banding.Direction, lowest, highest, bands, banding.MeaningfulChange,
            banding.Cutoff is null ? null : cutoffAt ?? banding.Cutoff.DefaultAt);
    }

    private decimal ConvertTotal(int total) => Scoring.Conversion?.Convert(total) ?? total;

    /// <summary>Every total the answers can add up to, lowest first.</summary>
    private SortedSet<int> PossibleTotals()
    {
        var totals = new SortedSet<int> { 0 };
        foreach (var item in _items)
        {
            totals = new SortedSet<int>(totals.SelectMany(t => item.PossibleScores.Select(s => t + s)));
        }

        return totals;
    }

    private static string CheckedUrl(string? url)
    {
        var trimmed = Text.Required(url, nameof(Url), "the questionnaire's url", UrlMaxLength);
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? trimmed
            : throw new DomainException("Enter the questionnaire's url as a full web address, like https://example.org/fhir/Questionnaire/name", nameof(Url));
    }
}
