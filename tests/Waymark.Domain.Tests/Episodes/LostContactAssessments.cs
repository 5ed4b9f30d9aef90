using Waymark.Domain.Contacts;
using Waymark.Domain.Episodes;

namespace Waymark.Domain.Tests.Episodes;

public sealed class LostContactAssessments
{
    private static readonly DateTimeOffset Start = new(2026, 9, 1, 10, 0, 0, TimeSpan.Zero);

    private static ContactAttempt Tried(int day, ContactMode mode) => new(Start.AddDays(day), mode, false);

    private static ContactAttempt Reached(int day) => new(Start.AddDays(day), ContactMode.Phone, true);

    [Fact]
    public void Nothing_tried_meets_nothing()
    {
        var assessment = LostContactRule.Default.Assess([]);

        Assert.Equal((0, 0, 0, null), (assessment.Attempts, assessment.Modes.Count, assessment.Days, assessment.LastReached));
        Assert.False(assessment.EnoughAttempts || assessment.EnoughModes || assessment.EnoughDays || assessment.IsMet);
    }

    [Fact]
    public void Each_part_of_the_rule_is_judged_on_its_own()
    {
        var assessment = LostContactRule.Default.Assess([Tried(0, ContactMode.Phone), Tried(3, ContactMode.Phone), Tried(20, ContactMode.Phone)]);

        Assert.Equal((3, 20), (assessment.Attempts, assessment.Days));
        Assert.Equal([ContactMode.Phone], assessment.Modes);
        Assert.True(assessment.EnoughAttempts);
        Assert.False(assessment.EnoughModes);
        Assert.True(assessment.EnoughDays);
        Assert.False(assessment.IsMet);
    }

    [Fact]
    public void Only_attempts_since_the_person_was_last_reached_count()
    {
        var assessment = LostContactRule.Default.Assess(
            [Tried(0, ContactMode.Letter), Tried(7, ContactMode.Email), Reached(10), Tried(12, ContactMode.Phone), Tried(30, ContactMode.Text)]);

        Assert.Equal(Start.AddDays(10), assessment.LastReached);
        Assert.Equal((2, 18), (assessment.Attempts, assessment.Days));
        Assert.Equal([ContactMode.Phone, ContactMode.Text], assessment.Modes);
    }

    [Fact]
    public void The_assessment_agrees_with_the_rule_that_refuses()
    {
        ContactAttempt[] enough = [Tried(0, ContactMode.Phone), Tried(7, ContactMode.Phone), Tried(14, ContactMode.Letter)];
        var rule = new LostContactRule(3, 2, 14);

        Assert.True(rule.Assess(enough).IsMet);
        rule.Ensure(enough);
        Assert.False(new LostContactRule(4, 2, 14).Assess(enough).IsMet);
    }
}
