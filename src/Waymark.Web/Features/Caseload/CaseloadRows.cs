using Waymark.Domain.Common;
using Waymark.Domain.Contacts;
using Waymark.Domain.Episodes;
using Waymark.Domain.Measures;
using Waymark.Web.Features.OnwardReferrals;

namespace Waymark.Web.Features.Caseload;

/// <summary>How a caseload can be sorted. Name is the default; ties fall back to the name so the order is stable.</summary>
public enum CaseloadSort
{
    Name = 0,
    NextDue = 1,
    LastContact = 2,
    Intensity = 3,
    Status = 4,
    Worker = 5,
}

/// <summary>What the caller asked to see: filters (all optional), a sort and a page.</summary>
public sealed record CaseloadCriteria(
    bool OverdueOnly = false,
    bool NoContactOnly = false,
    SupportIntensity? Intensity = null,
    EpisodeStatus? Status = null,
    string? Search = null,
    Guid? WorkerId = null,
    CaseloadSort Sort = CaseloadSort.Name,
    bool Descending = false,
    int? Page = null,
    int? PageSize = null,
    bool MeasuresDueOnly = false)
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 500;

    public bool IsFiltered => OverdueOnly || NoContactOnly || MeasuresDueOnly || Intensity is not null || Status is not null
        || !string.IsNullOrWhiteSpace(Search) || WorkerId is not null;
}

/// <summary>
/// One person on a caseload: who they are, where their episode stands and where their contacts stand today.
/// Dates are UK dates (Europe/London). <see cref="NextDue"/> counts from <see cref="LastReached"/>, or from
/// <see cref="AllocatedOn"/> before anyone has reached the person.
/// </summary>
public sealed record CaseloadRow(
    Guid EpisodeId,
    Guid PersonId,
    string GivenName,
    string FamilyName,
    string? PreferredName,
    string? NhsNumber,
    EpisodeStatus Status,
    SupportIntensity? Intensity,
    Guid WorkerId,
    string? WorkerName,
    DateOnly AllocatedOn,
    DateOnly? LastContact,
    DateOnly? LastReached,
    int FrequencyDays,
    DateOnly NextDue,
    bool IsOverdue,
    int DaysSinceLastReached,
    bool NoContact,
    int OpenGoals)
{
    /// <summary>Allocated but not yet reached: the first contact is what starts support.</summary>
    public bool WaitingForFirstContact => Status == EpisodeStatus.Allocated;

    /// <summary>The person's active onward referrals in brief; null when they have none.</summary>
    public EpisodeOnwardReferralSummary? OnwardReferrals { get; init; }

    /// <summary>
    /// The wellbeing measures due or overdue today by the programme's schedule (<see cref="MeasureSchedule"/>), beside
    /// the contacts: a reminder to ask when it fits the conversation, never a target.
    /// </summary>
    public IReadOnlyList<CaseloadMeasure> MeasuresDue { get; init; } = [];

    /// <summary>A service the person's plan depends on is paused, closed, holding the referral, or has a long wait.</summary>
    public bool IsOnHold => OnwardReferrals?.OnHold.Count > 0;
}

/// <summary>A measure due or overdue for a person on a caseload: which questionnaire, which occasion, since when.</summary>
public sealed record CaseloadMeasure(string QuestionnaireUrl, string Title, MeasureOccasion Occasion, int ReviewNumber, DateOnly DueOn, bool Overdue);

/// <summary>The counts at the top of a caseload, over everyone on it whatever the filters.</summary>
public sealed record CaseloadSummary(int Total, int Overdue, int NoContact, int WaitingForFirstContact)
{
    public static CaseloadSummary Of(IReadOnlyCollection<CaseloadRow> rows) => new(
        rows.Count,
        rows.Count(r => r.IsOverdue),
        rows.Count(r => r.NoContact),
        rows.Count(r => r.WaitingForFirstContact));
}

/// <summary>A caseload as shown: the summary of the whole caseload, then one page of the filtered, sorted rows.</summary>
public sealed record CaseloadResult(CaseloadSummary Summary, IReadOnlyList<CaseloadRow> Items, int Page, int PageSize, int TotalCount)
{
    public int TotalPages => TotalCount == 0 ? 1 : (int)Math.Ceiling(TotalCount / (double)PageSize);
}

/// <summary>The facts about one episode that the database gives, before the schedule is worked out.</summary>
public sealed record CaseloadFacts(
    Guid EpisodeId,
    Guid PersonId,
    string GivenName,
    string FamilyName,
    string? PreferredName,
    string? NhsNumber,
    EpisodeStatus Status,
    SupportIntensity? Intensity,
    Guid WorkerId,
    DateTimeOffset? AllocatedAt,
    DateTimeOffset CreatedAt,
    int? PlanFrequencyDays,
    int? ProgrammeFrequencyDays,
    int? ProgrammeNoContactDays,
    DateTimeOffset? LastContactAt,
    DateTimeOffset? LastReachedAt,
    int OpenGoals)
{
    public EpisodeOnwardReferralSummary? OnwardReferrals { get; init; }

    /// <summary>What the measure schedule needs (null when the programme asks no measures).</summary>
    public MeasureScheduleFacts? Measures { get; init; }

    /// <summary>The questionnaires' titles by url, for the measures due.</summary>
    public IReadOnlyDictionary<string, string>? MeasureTitles { get; init; }
}

/// <summary>
/// The pure part of a caseload: turning database facts into rows with their contact schedule, then filtering,
/// sorting and paging them. Kept apart from the queries so every rule is unit-tested without a database.
/// </summary>
public static class CaseloadRows
{
    public const int DefaultFrequencyDays = 14;

    public static DateOnly UkDate(DateTimeOffset at) => UkTime.Today(at);

    /// <summary>
    /// The row for one episode on <paramref name="today"/>: frequency from the episode's contact plan, else the
    /// programme's default, else 14 days; the no-contact threshold from the programme, else 28 days.
    /// </summary>
    public static CaseloadRow Build(CaseloadFacts facts, string? workerName, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var allocatedOn = UkDate(facts.AllocatedAt ?? facts.CreatedAt);
        var lastReached = facts.LastReachedAt is { } reached ? UkDate(reached) : (DateOnly?)null;
        var frequency = facts.PlanFrequencyDays ?? facts.ProgrammeFrequencyDays ?? DefaultFrequencyDays;
        var threshold = facts.ProgrammeNoContactDays ?? ContactSchedule.DefaultNoContactDays;
        var schedule = ContactSchedule.Calculate(lastReached ?? allocatedOn, frequency, today, threshold);
        return new CaseloadRow(
            facts.EpisodeId, facts.PersonId, facts.GivenName, facts.FamilyName, facts.PreferredName, facts.NhsNumber,
            facts.Status, facts.Intensity, facts.WorkerId, workerName, allocatedOn,
            facts.LastContactAt is { } last ? UkDate(last) : null, lastReached, frequency,
            schedule.NextDue, schedule.IsOverdue, schedule.DaysSinceLastReached, schedule.NoContact, facts.OpenGoals)
        {
            OnwardReferrals = facts.OnwardReferrals,
            MeasuresDue = facts.Measures is { } measures
                ? [.. MeasureSchedule.Next(measures, today).Where(d => d.IsDueNow).Select(d => new CaseloadMeasure(
                    d.Url, facts.MeasureTitles?.GetValueOrDefault(d.Url) ?? d.Url, d.Occasion, d.ReviewNumber, d.DueOn, d.State == MeasureDueState.Overdue))]
                : [],
        };
    }

    /// <summary>
    /// Filters, sorts and pages the rows in memory. A caseload is one worker's people (tens of rows; a team's is a
    /// few thousand at most), and its most useful sorts and filters (next due, overdue, no contact) are computed
    /// from the contact schedule, which the database cannot index. Loading the whole caseload once and working on
    /// it here costs less than a query per sort, and keeps the summary counts and the table consistent.
    /// </summary>
    public static CaseloadResult View(IReadOnlyCollection<CaseloadRow> rows, CaseloadCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(criteria);
        var filtered = Filter(rows, criteria);
        var sorted = Sort(filtered, criteria.Sort, criteria.Descending).ToList();
        var size = Math.Clamp(criteria.PageSize ?? CaseloadCriteria.DefaultPageSize, 1, CaseloadCriteria.MaxPageSize);
        var lastPage = Math.Max(1, (int)Math.Ceiling(sorted.Count / (double)size));
        var page = Math.Clamp(criteria.Page ?? 1, 1, lastPage);
        return new CaseloadResult(CaseloadSummary.Of(rows), [.. sorted.Skip((page - 1) * size).Take(size)], page, size, sorted.Count);
    }

    public static IEnumerable<CaseloadRow> Filter(IEnumerable<CaseloadRow> rows, CaseloadCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var words = (criteria.Search ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var digits = string.Concat((criteria.Search ?? string.Empty).Where(c => c != ' '));
        return rows.Where(r =>
            (!criteria.OverdueOnly || r.IsOverdue)
            && (!criteria.NoContactOnly || r.NoContact)
            && (!criteria.MeasuresDueOnly || r.MeasuresDue.Count > 0)
            && (criteria.Intensity is null || r.Intensity == criteria.Intensity)
            && (criteria.Status is null || r.Status == criteria.Status)
            && (criteria.WorkerId is null || r.WorkerId == criteria.WorkerId)
            && (words.Length == 0 || (digits.Length == 10 && r.NhsNumber == digits) || words.All(w => NameContains(r, w))));
    }

    /// <summary>
    /// Sorts with the name breaking ties. Names compare ordinally, ignoring case: a culture-aware comparison costs
    /// about ten times as much, which shows on a team's few thousand rows, and orders English names the same.
    /// </summary>
    public static IEnumerable<CaseloadRow> Sort(IEnumerable<CaseloadRow> rows, CaseloadSort sort, bool descending)
    {
        IOrderedEnumerable<CaseloadRow> ordered = sort switch
        {
            CaseloadSort.NextDue => By(rows, r => r.NextDue, descending),
            // Never contacted sorts first when ascending: they have waited longest.
            CaseloadSort.LastContact => By(rows, r => r.LastContact ?? DateOnly.MinValue, descending),
            // Intensive first when descending; none recorded sorts as the lightest.
            CaseloadSort.Intensity => By(rows, r => (int?)r.Intensity ?? 0, descending),
            CaseloadSort.Status => By(rows, r => (int)r.Status, descending),
            CaseloadSort.Worker => By(rows, r => r.WorkerName ?? string.Empty, descending, StringComparer.OrdinalIgnoreCase),
            _ => By(rows, r => r.FamilyName, descending, StringComparer.OrdinalIgnoreCase),
        };
        return ordered
            .ThenBy(r => r.FamilyName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.GivenName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.EpisodeId);
    }

    private static IOrderedEnumerable<CaseloadRow> By<TKey>(IEnumerable<CaseloadRow> rows, Func<CaseloadRow, TKey> key, bool descending, IComparer<TKey>? comparer = null) =>
        descending ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer);

    private static bool NameContains(CaseloadRow row, string word) =>
        row.GivenName.Contains(word, StringComparison.OrdinalIgnoreCase)
        || row.FamilyName.Contains(word, StringComparison.OrdinalIgnoreCase)
        || (row.PreferredName?.Contains(word, StringComparison.OrdinalIgnoreCase) ?? false);
}
