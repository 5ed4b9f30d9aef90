using Waymark.Domain.Directory;
using static Waymark.Domain.Tests.Directory.Listings;
using static Waymark.Domain.Tests.Directory.ServiceRules;

namespace Waymark.Domain.Tests.Directory;

public sealed class ScheduleRules
{
    [Fact]
    public void A_full_ORUK_schedule_is_kept_with_days_upper_cased()
    {
        var service = NewService();
        var schedule = new Schedule
        {
            ValidFrom = new DateOnly(2026, 1, 1),
            ValidTo = new DateOnly(2026, 1, 1),
            DtStart = new DateOnly(2026, 1, 1),
            Freq = ScheduleFrequency.Weekly,
            Interval = 1,
            ByDay = "th, fr",
            ByMonthDay = "2,3,4",
            Description = "10am to 6pm",
            OpensAt = new TimeOnly(10, 0),
            ClosesAt = new TimeOnly(18, 0),
            ScheduleLink = "http://example.com",
            AttendingType = "In person",
            Notes = "Lunch 1 to 2",
        };
        service.ReplaceSchedules([schedule], Now);
        var kept = service.Schedules.Single();
        Assert.Equal(schedule with { Id = kept.Id, ByDay = "TH,FR" }, kept);
        Assert.True(kept.Names(DayOfWeek.Friday));
        Assert.False(kept.Names(DayOfWeek.Monday));
    }

    [Fact]
    public void Monthly_positions_like_the_first_Monday_and_last_Friday_are_accepted()
    {
        var service = NewService();
        service.ReplaceSchedules([new Schedule { Freq = ScheduleFrequency.Monthly, ByDay = "1MO,-1FR", ByMonthDay = "-1,15" }], Now);
        Assert.True(service.Schedules.Single().Names(DayOfWeek.Monday));
        Assert.True(service.Schedules.Single().Names(DayOfWeek.Friday));
    }

    [Fact]
    public void A_schedule_of_words_alone_is_allowed() =>
        NewService().ReplaceSchedules([new Schedule { Description = "Ring to book a time" }], Now);

    [Theory]
    [InlineData("MON")]
    [InlineData("Monday")]
    [InlineData("MO;TU")]
    [InlineData("6MO")]
    public void Days_that_are_not_iCalendar_codes_are_refused(string byDay) =>
        Assert.Equal("Schedules[0].ByDay", Refusal(() => NewService().ReplaceSchedules([new Schedule { ByDay = byDay }], Now)).Field);

    [Theory]
    [InlineData("0")]
    [InlineData("32")]
    [InlineData("-32")]
    [InlineData("first")]
    public void Days_of_the_month_outside_1_to_31_are_refused(string byMonthDay) =>
        Assert.Equal("Schedules[0].ByMonthDay", Refusal(() => NewService().ReplaceSchedules([new Schedule { ByMonthDay = byMonthDay }], Now)).Field);

    [Fact]
    public void Closing_must_be_after_opening()
    {
        var error = Refusal(() => NewService().ReplaceSchedules([new Schedule { OpensAt = new TimeOnly(10, 0), ClosesAt = new TimeOnly(10, 0) }], Now));
        Assert.Equal(("Schedules[0].ClosesAt", "The closing time must be after the opening time"), error);
        NewService().ReplaceSchedules([new Schedule { OpensAt = new TimeOnly(10, 0), ClosesAt = new TimeOnly(10, 1) }], Now);
    }

    [Fact]
    public void Validity_must_not_end_before_it_starts() =>
        Assert.Equal("Schedules[0].ValidTo", Refusal(() => NewService().ReplaceSchedules([new Schedule { ValidFrom = Today, ValidTo = Today.AddDays(-1) }], Now)).Field);

    [Theory]
    [InlineData(0)]
    [InlineData(53)]
    public void Intervals_outside_1_to_52_are_refused(int interval) =>
        Assert.Equal("Schedules[0].Interval", Refusal(() => NewService().ReplaceSchedules([new Schedule { Interval = interval }], Now)).Field);

    [Fact]
    public void An_unknown_frequency_is_refused() =>
        Assert.Equal("Schedules[0].Freq", Refusal(() => NewService().ReplaceSchedules([new Schedule { Freq = (ScheduleFrequency)5 }], Now)).Field);
}
