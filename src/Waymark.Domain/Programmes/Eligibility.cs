using Waymark.Domain.People;
namespace Waymark.Domain.Programmes;

/// <summary>
/// Checks a person against a programme's rules. Every rule gives a reason, met or not, so triage sees the whole
/// picture. A fact that is not known cannot meet a rule the programme sets: it is shown as not met so someone
/// checks it, rather than letting an unknown person through silently.
/// </summary>
public static class Eligibility
{
    public static EligibilityResult Evaluate(Programme programme, EligibilityFacts facts)
    {
        EligibilityReason[] reasons = [Age(programme, facts.Age), Condition(programme, facts.Conditions),
            Practice(programme, facts.PracticeId), Area(programme, facts.Postcode)];
        return new EligibilityResult(reasons.All(r => r.IsMet), reasons);
    }

    private static EligibilityReason Age(Programme programme, int? age)
    {
        var (min, max) = (programme.MinAge, programme.MaxAge);
        if (min is null && max is null)
        {
            return Met(EligibilityRule.Age, "The programme has no age limits");
        }

        if (age is null)
        {
            return NotMet(EligibilityRule.Age, $"Age is not known; the programme is for people {AgeRange(min, max)}");
        }

        if (age < min)
        {
            return NotMet(EligibilityRule.Age, $"Age {age} is under the programme's minimum of {min}");
        }

        return age > max
            ? NotMet(EligibilityRule.Age, $"Age {age} is over the programme's maximum of {max}")
            : Met(EligibilityRule.Age, $"Age {age} is within the programme's range ({AgeRange(min, max)})");
    }

    private static string AgeRange(int? min, int? max) => (min, max) switch
    {
        ({ } from, { } to) => $"aged {from} to {to}",
        ({ } from, null) => $"aged {from} or over",
        (null, { } to) => $"aged {to} or under",
        _ => "of any age",
    };

    private static EligibilityReason Condition(Programme programme, IReadOnlyCollection<LongTermCondition> conditions)
    {
        if (programme.QualifyingConditions.Count == 0)
        {
            return Met(EligibilityRule.Condition, "The programme does not need a qualifying condition");
        }

        var matching = programme.QualifyingConditions.Where(conditions.Contains).Select(c => c.DisplayName()).ToList();
        return matching.Count > 0
            ? Met(EligibilityRule.Condition, $"Has a qualifying condition ({string.Join(", ", matching)})")
            : NotMet(EligibilityRule.Condition,
                $"Has none of the programme's qualifying conditions ({string.Join(", ", programme.QualifyingConditions.Select(c => c.DisplayName()))})");
    }

    // An empty practice list means the team's practices; whether the person's practice is one of the team's is
    // checked where the team is known (routing a referral to a team), not here.
    private static EligibilityReason Practice(Programme programme, Guid? practiceId)
    {
        if (programme.PracticeIds.Count == 0)
        {
            return Met(EligibilityRule.Practice, "The programme takes people from all the team's practices");
        }

        if (practiceId is null)
        {
            return NotMet(EligibilityRule.Practice, "The GP practice is not known; the programme covers only some practices");
        }

        return programme.PracticeIds.Contains(practiceId.Value)
            ? Met(EligibilityRule.Practice, "Registered at a practice the programme covers")
            : NotMet(EligibilityRule.Practice, "Registered at a practice the programme does not cover");
    }

    private static EligibilityReason Area(Programme programme, string? postcode)
    {
        if (programme.Areas.Count == 0)
        {
            return Met(EligibilityRule.Area, "The programme has no area limits");
        }

        var areas = string.Join(", ", programme.Areas);
        var district = Postcodes.DistrictOf(postcode);
        if (district is null)
        {
            return NotMet(EligibilityRule.Area, $"The postcode is not known; the programme covers {areas}");
        }

        return programme.Areas.Contains(district)
            ? Met(EligibilityRule.Area, $"Lives in {district}, which the programme covers")
            : NotMet(EligibilityRule.Area, $"Lives in {district}, outside the programme's areas ({areas})");
    }

    private static EligibilityReason Met(EligibilityRule rule, string text) => new(rule, true, text);

    private static EligibilityReason NotMet(EligibilityRule rule, string text) => new(rule, false, text);
}
