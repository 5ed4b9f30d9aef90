using Waymark.Domain.Common;
using Waymark.Domain.OnwardReferrals;
using static Waymark.Domain.Tests.OnwardReferrals.OnwardReferralFactory;

namespace Waymark.Domain.Tests.OnwardReferrals;

public sealed class ResponseDeadline
{
    private static readonly IReadOnlySet<DateOnly> Holidays = BankHolidays.EnglandAndWales;
    private static readonly IReadOnlySet<DateOnly> NoHolidays = new HashSet<DateOnly>();

    private static DateTimeOffset AtNineOn(int year, int month, int day) => new(year, month, day, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Working_days_are_monday_to_friday_without_bank_holidays()
    {
        Assert.True(WorkingDays.IsWorkingDay(new DateOnly(2025, 12, 24), Holidays));
        Assert.False(WorkingDays.IsWorkingDay(new DateOnly(2025, 12, 25), Holidays));
        Assert.False(WorkingDays.IsWorkingDay(new DateOnly(2025, 12, 26), Holidays));
        Assert.False(WorkingDays.IsWorkingDay(new DateOnly(2025, 12, 27), Holidays));
        Assert.True(WorkingDays.IsWorkingDay(new DateOnly(2025, 12, 26), NoHolidays));
    }

    [Fact]
    public void Adding_working_days_skips_weekends()
    {
        var friday = new DateOnly(2026, 11, 6);
        Assert.Equal(new DateOnly(2026, 11, 9), WorkingDays.Add(friday, 1, Holidays));
        Assert.Equal(new DateOnly(2026, 11, 20), WorkingDays.Add(friday, 10, Holidays));
        Assert.Equal(friday, WorkingDays.Add(friday, 0, Holidays));
        Assert.Equal(new DateOnly(2026, 11, 9), WorkingDays.Add(new DateOnly(2026, 11, 7), 1, Holidays));
        Assert.Throws<ArgumentOutOfRangeException>(() => WorkingDays.Add(friday, -1, Holidays));
    }

    [Fact]
    public void Adding_working_days_over_christmas_2025_skips_christmas_boxing_day_and_new_year()
    {
        // Thu 18 Dec: 19, 22, 23, 24, (25, 26 bank holidays, weekend), 29, 30, 31, (1 Jan), 2, 5, 6 Jan.
        Assert.Equal(new DateOnly(2026, 1, 6), WorkingDays.Add(new DateOnly(2025, 12, 18), 10, Holidays));
        Assert.Equal(new DateOnly(2025, 12, 29), WorkingDays.Add(new DateOnly(2025, 12, 24), 1, Holidays));
    }

    [Fact]
    public void Adding_working_days_over_easter_2026_skips_good_friday_and_easter_monday()
    {
        // Tue 31 Mar: 1, 2, (3 Good Friday, weekend, 6 Easter Monday), 7, 8, 9, 10, 13, 14, 15, 16 Apr.
        Assert.Equal(new DateOnly(2026, 4, 16), WorkingDays.Add(new DateOnly(2026, 3, 31), 10, Holidays));
        Assert.Equal(new DateOnly(2026, 4, 7), WorkingDays.Add(new DateOnly(2026, 4, 2), 1, Holidays));
    }

    [Fact]
    public void Counting_working_days_between_two_dates_leaves_out_the_first_day()
    {
        Assert.Equal(10, WorkingDays.Between(new DateOnly(2025, 12, 18), new DateOnly(2026, 1, 6), Holidays));
        Assert.Equal(0, WorkingDays.Between(new DateOnly(2026, 4, 2), new DateOnly(2026, 4, 6), Holidays));
        Assert.Equal(0, WorkingDays.Between(new DateOnly(2026, 4, 7), new DateOnly(2026, 4, 1), Holidays));
    }

    [Fact]
    public void A_direct_referral_unanswered_after_ten_working_days_is_overdue_from_the_next_day()
    {
        var referral = Made(at: AtNineOn(2026, 11, 2));

        Assert.Equal(new DateOnly(2026, 11, 16), referral.ResponseDueOn(OnwardReferral.DefaultResponseWorkingDays, Holidays));
        Assert.False(referral.IsAwaitingResponseTooLong(new DateOnly(2026, 11, 16), 10, Holidays));
        Assert.True(referral.IsAwaitingResponseTooLong(new DateOnly(2026, 11, 17), 10, Holidays));
    }

    [Fact]
    public void The_deadline_over_christmas_moves_past_the_bank_holidays()
    {
        var referral = Made(at: AtNineOn(2025, 12, 18));

        Assert.False(referral.IsAwaitingResponseTooLong(new DateOnly(2026, 1, 2), 10, Holidays));
        Assert.False(referral.IsAwaitingResponseTooLong(new DateOnly(2026, 1, 6), 10, Holidays));
        Assert.True(referral.IsAwaitingResponseTooLong(new DateOnly(2026, 1, 7), 10, Holidays));

        // Without the bank holidays it would have been due three working days sooner.
        Assert.Equal(new DateOnly(2026, 1, 1), referral.ResponseDueOn(10, NoHolidays));
    }

    [Fact]
    public void The_deadline_over_easter_2026_moves_past_good_friday_and_easter_monday()
    {
        var referral = Made(at: AtNineOn(2026, 3, 31));
        Assert.False(referral.IsAwaitingResponseTooLong(new DateOnly(2026, 4, 16), 10, Holidays));
        Assert.True(referral.IsAwaitingResponseTooLong(new DateOnly(2026, 4, 17), 10, Holidays));
    }

    [Fact]
    public void A_referral_sent_at_a_weekend_counts_from_the_next_working_day()
    {
        var referral = Made(at: AtNineOn(2026, 11, 7));
        Assert.Equal(new DateOnly(2026, 11, 9), referral.ResponseDueOn(1, Holidays));
    }

    [Fact]
    public void The_day_sent_is_the_uk_day_so_a_referral_sent_just_after_midnight_in_summer_belongs_to_that_day()
    {
        // 23:30 UTC on Thursday 2 July 2026 is 00:30 BST on Friday 3 July.
        var referral = Made(at: new DateTimeOffset(2026, 7, 2, 23, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 7, 3), referral.SentOn);
        Assert.Equal(new DateOnly(2026, 7, 6), referral.ResponseDueOn(1, Holidays));
    }

    [Fact]
    public void The_number_of_working_days_is_configurable()
    {
        var referral = Made(at: AtNineOn(2026, 11, 2));
        Assert.True(referral.IsAwaitingResponseTooLong(new DateOnly(2026, 11, 5), 2, Holidays));
        Assert.False(referral.IsAwaitingResponseTooLong(new DateOnly(2026, 11, 5), 3, Holidays));

        var refused = Assert.Throws<DomainException>(() => referral.IsAwaitingResponseTooLong(new DateOnly(2026, 11, 5), 0, Holidays));
        Assert.Equal("The response time must be between 1 and 60 working days", refused.Message);
    }

    [Fact]
    public void Only_a_direct_referral_still_waiting_for_an_answer_can_be_overdue()
    {
        var longAfter = new DateOnly(2027, 6, 1);
        Assert.True(InStatus(OnwardReferralStatus.Requested).IsAwaitingResponseTooLong(longAfter, 10, Holidays));
        Assert.False(InStatus(OnwardReferralStatus.Requested, OnwardReferralKind.Signpost).IsAwaitingResponseTooLong(longAfter, 10, Holidays));
        Assert.False(InStatus(OnwardReferralStatus.Draft).IsAwaitingResponseTooLong(longAfter, 10, Holidays));
        Assert.Null(InStatus(OnwardReferralStatus.Draft).ResponseDueOn(10, Holidays));

        foreach (var answered in new[] { OnwardReferralStatus.Accepted, OnwardReferralStatus.Rejected, OnwardReferralStatus.Cancelled, OnwardReferralStatus.InProgress })
        {
            Assert.False(InStatus(answered).IsAwaitingResponseTooLong(longAfter, 10, Holidays));
        }
    }

    [Fact]
    public void England_and_wales_bank_holidays_cover_2025_to_2027_on_weekdays_only()
    {
        foreach (var year in new[] { 2025, 2026, 2027 })
        {
            Assert.Equal(8, Holidays.Count(d => d.Year == year));
        }

        Assert.All(Holidays, d => Assert.True(d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), $"{d} is at a weekend"));
        Assert.Equal(BankHolidays.LastYearCovered, Holidays.Max().Year);
        Assert.Contains(new DateOnly(2026, 12, 28), Holidays);
        Assert.Contains(new DateOnly(2027, 12, 27), Holidays);
    }
}
