using Waymark.Domain.Episodes;
using Waymark.Web.Features.Caseload;

namespace Waymark.Web.Tests.Caseload;

/// <summary>The pure rules of a caseload: where each person's contacts stand, and filtering, sorting and paging.</summary>
public sealed class CaseloadRowsRules
{
    private static readonly DateOnly Today = new(2026, 3, 20);
    private static readonly DateTimeOffset Allocated = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Counts_from_the_last_reached_contact_using_the_contact_plans_frequency()
    {
        var row = Build(Facts() with { PlanFrequencyDays = 7, ProgrammeFrequencyDays = 21, LastReachedAt = Allocated.AddDays(10), LastContactAt = Allocated.AddDays(12) });

        Assert.Equal(new DateOnly(2026, 3, 11), row.LastReached);
        Assert.Equal(new DateOnly(2026, 3, 13), row.LastContact);
        Assert.Equal(7, row.FrequencyDays);
        Assert.Equal(new DateOnly(2026, 3, 18), row.NextDue);
        Assert.True(row.IsOverdue);
        Assert.Equal(9, row.DaysSinceLastReached);
        Assert.False(row.NoContact);
    }

    [Fact]
    public void Falls_back_to_the_programme_default_then_to_14_days_and_counts_from_the_allocation_before_anyone_reached_the_person()
    {
        var programme = Build(Facts() with { ProgrammeFrequencyDays = 21 });
        var neither = Build(Facts());

        Assert.Equal(new DateOnly(2026, 3, 22), programme.NextDue);
        Assert.False(programme.IsOverdue);
        Assert.Equal(new DateOnly(2026, 3, 15), neither.NextDue);
        Assert.True(neither.IsOverdue);
        Assert.Equal(new DateOnly(2026, 3, 1), neither.AllocatedOn);
    }

    [Fact]
    public void Raises_no_contact_at_the_programmes_threshold_or_28_days()
    {
        var facts = Facts() with { LastReachedAt = new DateTimeOffset(2026, 2, 20, 12, 0, 0, TimeSpan.Zero) };

        Assert.True(Build(facts).NoContact);
        Assert.False(Build(facts with { ProgrammeNoContactDays = 30 }).NoContact);
        Assert.False(Build(facts with { LastReachedAt = new DateTimeOffset(2026, 2, 21, 12, 0, 0, TimeSpan.Zero) }).NoContact);
    }

    [Fact]
    public void Uses_uk_dates_so_a_contact_just_after_midnight_in_summer_time_counts_on_the_uk_day()
    {
        var row = Build(Facts() with { LastReachedAt = new DateTimeOffset(2026, 6, 14, 23, 30, 0, TimeSpan.Zero) }, new DateOnly(2026, 6, 20));

        Assert.Equal(new DateOnly(2026, 6, 15), row.LastReached);
    }

    [Fact]
    public void An_allocated_person_is_waiting_for_a_first_contact_and_an_active_one_is_not()
    {
        Assert.True(Build(Facts() with { Status = EpisodeStatus.Allocated }).WaitingForFirstContact);
        Assert.False(Build(Facts()).WaitingForFirstContact);
    }

    [Fact]
    public void Filters_by_flags_intensity_status_worker_and_words_of_the_name_or_the_nhs_number()
    {
        var worker = Guid.NewGuid();
        var rows = new[]
        {
            Build(Facts("Ada", "Lovelace") with { Intensity = SupportIntensity.Intensive, WorkerId = worker }),
            Build(Facts("Alan", "Turing", "9434765919") with { ProgrammeFrequencyDays = 30 }),
            Build(Facts("Grace", "Hopper") with { Status = EpisodeStatus.Allocated, PreferredName = "Amazing" }),
        };

        Assert.Equal(["Hopper", "Lovelace"], Names(rows, new CaseloadCriteria(OverdueOnly: true)));
        Assert.Equal(["Lovelace"], Names(rows, new CaseloadCriteria(Intensity: SupportIntensity.Intensive)));
        Assert.Equal(["Hopper"], Names(rows, new CaseloadCriteria(Status: EpisodeStatus.Allocated)));
        Assert.Equal(["Lovelace"], Names(rows, new CaseloadCriteria(WorkerId: worker)));
        Assert.Equal(["Turing"], Names(rows, new CaseloadCriteria(Search: "alan tur")));
        Assert.Equal(["Hopper"], Names(rows, new CaseloadCriteria(Search: "amazing")));
        Assert.Equal(["Turing"], Names(rows, new CaseloadCriteria(Search: "943 476 5919")));
        Assert.Empty(Names(rows, new CaseloadCriteria(NoContactOnly: true)));
    }

    [Fact]
    public void Sorts_by_each_column_with_the_name_breaking_ties()
    {
        var rows = new[]
        {
            Build(Facts("B", "Brown") with { Intensity = SupportIntensity.Intensive, LastContactAt = Allocated.AddDays(5), PlanFrequencyDays = 7 }),
            Build(Facts("A", "Adams") with { Intensity = SupportIntensity.Signposting, PlanFrequencyDays = 28 }),
            Build(Facts("C", "Clarke") with { Intensity = SupportIntensity.Intensive, LastContactAt = Allocated.AddDays(2), Status = EpisodeStatus.Allocated }),
        };

        Assert.Equal(["Adams", "Brown", "Clarke"], Names(rows, new CaseloadCriteria()));
        Assert.Equal(["Clarke", "Brown", "Adams"], Names(rows, new CaseloadCriteria(Descending: true)));
        Assert.Equal(["Brown", "Clarke", "Adams"], Names(rows, new CaseloadCriteria(Sort: CaseloadSort.NextDue)));
        Assert.Equal(["Adams", "Clarke", "Brown"], Names(rows, new CaseloadCriteria(Sort: CaseloadSort.LastContact)));
        Assert.Equal(["Brown", "Clarke", "Adams"], Names(rows, new CaseloadCriteria(Sort: CaseloadSort.Intensity, Descending: true)));
        Assert.Equal(["Clarke", "Adams", "Brown"], Names(rows, new CaseloadCriteria(Sort: CaseloadSort.Status)));
    }

    [Fact]
    public void Pages_the_filtered_rows_and_counts_the_whole_caseload_in_the_summary()
    {
        var rows = Enumerable.Range(0, 7).Select(i => Build(Facts("Sam", $"Person{i}") with { PlanFrequencyDays = i < 3 ? 7 : 30 })).ToList();

        var page = CaseloadRows.View(rows, new CaseloadCriteria(OverdueOnly: true, PageSize: 2, Page: 2));

        Assert.Equal(new CaseloadSummary(7, 3, 0, 0), page.Summary);
        Assert.Equal(3, page.TotalCount);
        Assert.Equal(2, page.TotalPages);
        Assert.Equal(["Person2"], page.Items.Select(r => r.FamilyName));
        Assert.Equal(2, CaseloadRows.View(rows, new CaseloadCriteria(Page: 99, PageSize: 5)).Page);
    }

    private static CaseloadFacts Facts(string given = "Sam", string family = "Smith", string? nhsNumber = null) => new(
        Guid.NewGuid(), Guid.NewGuid(), given, family, null, nhsNumber, EpisodeStatus.Active, SupportIntensity.Standard, Guid.NewGuid(),
        Allocated, Allocated.AddDays(-10), null, null, null, null, null, 0);

    private static CaseloadRow Build(CaseloadFacts facts, DateOnly? today = null) => CaseloadRows.Build(facts, null, today ?? Today);

    private static List<string> Names(IEnumerable<CaseloadRow> rows, CaseloadCriteria criteria) =>
        [.. CaseloadRows.View([.. rows], criteria).Items.Select(r => r.FamilyName)];
}
