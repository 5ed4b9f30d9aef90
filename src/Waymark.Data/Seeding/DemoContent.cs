using Waymark.Domain.Contacts;
using Waymark.Domain.Episodes;

namespace Waymark.Data.Seeding;

/// <summary>
/// The short pieces of text a working service fills in: contact notes, triage reasons, discharge summaries. Written
/// as link workers write them: plain, brief, about the person. Append rather than reorder (see <see cref="DemoNames"/>).
/// </summary>
internal static class DemoContent
{
    public static readonly string[] Streets =
    [
        "Church Street", "Station Road", "Victoria Road", "Mill Lane", "Park Avenue", "Albert Terrace", "Queen Street",
        "Moor Lane", "Chapel Fold", "Beech Grove", "Hawthorn Close", "Canal Side", "Market Street", "Hill Top Road",
        "Springfield Avenue", "Manor Drive", "Orchard Way", "Weavers Court", "Bank Street", "Holly Crescent",
        "Cross Street", "Ash Tree Walk", "Brook Street", "Foundry Lane", "School Lane",
    ];

    public static readonly string[] Strengths =
    [
        "Good neighbours who look in on her.", "Loves his garden and his dog.", "Close to her sister, who phones every day.",
        "Determined and knows what he wants.", "Used to run a youth club and still knows lots of people.",
        "Enjoys cooking for others.", "Good sense of humour, even on bad days.", "Goes to the mosque on Fridays.",
        "Reads a lot and likes quizzes.", "Walks the grandchildren to school.", "Was a nurse for thirty years.",
        "Knits for the hospital baby unit.",
    ];

    public static readonly string[] WouldLikeDifferent =
    [
        "Not to feel so alone in the evenings.", "To feel like myself again.", "To stop worrying about money.",
        "To get out more, even just to the shops.", "To have something to look forward to each week.",
        "To feel stronger on my legs.", "To sleep through the night.",
    ];

    public static readonly string[] ReachedNotes =
    [
        "Good chat. Feeling a bit brighter this week.", "Went through the plan together; agreed next steps.",
        "Went to the group together for the first time. Enjoyed it and wants to go again.",
        "Low this week after a bad night. Talked through what helps; will call again sooner.",
        "Has been to the group twice on her own now.", "Benefits appointment booked for next week.",
        "Filled in the form together. Relieved to have it done.", "Talked about what matters most; wants to start with getting out more.",
        "Daughter was there and joined in. Agreed she will help with transport.", "Brief call to check the appointment went well. It did.",
        "Feeling more confident. Thinking about volunteering.", "Struggling with pain this week; encouraged to see the GP.",
        "Met at the café. Much more relaxed than last time.", "Reviewed goals. One achieved, one still in progress.",
        "Bit of a setback with the landlord; letter drafted together.", "Has made a friend at the walking group.",
    ];

    public static readonly string[] FirstContactNotes =
    [
        "First contact. Introduced myself and explained what social prescribing is. Happy to go ahead.",
        "First call. Talked about what prompted the referral and agreed to meet at the practice.",
        "First visit at home. Nervous at first but opened up. Agreed to meet again in two weeks.",
    ];

    public static string AttemptNote(ContactMode mode) => mode switch
    {
        ContactMode.Phone => "No answer. Left a voicemail with my number.",
        ContactMode.Text => "Text sent asking for a good time to call.",
        ContactMode.Letter => "Letter sent asking them to get in touch.",
        ContactMode.Email => "Emailed to ask how things are.",
        ContactMode.HomeVisit => "Called at the house; no reply. Left a card.",
        _ => "Tried to make contact; no reply.",
    };

    public static readonly string[] TriageReasons =
    [
        "Isolated and keen to get out more.", "Clear social needs; no clinical concerns.", "Would benefit from a named link worker.",
        "Money worries behind the low mood.", "Carer under strain; needs support for herself.", "Wants help to be more active.",
    ];

    public static readonly string[] PersonDeclinedReasons =
    [
        "Feeling better now and does not want support at the moment.", "Family are helping, so does not feel it is needed.",
        "Did not realise what the referral was for and does not want it.", "Too much going on right now; may ask again later.",
    ];

    public static readonly (string Service, string Reason)[] Redirections =
    [
        ("Wealdmoor Talking Therapies", "Needs psychological support first; referred with the person's agreement."),
        ("Citizens Advice Wealdmoor", "Only needs benefits advice, which they can give directly."),
        ("Community mental health team", "Needs more support than social prescribing can give."),
        ("Age UK information and advice", "Asked for help with a care needs assessment only."),
        ("Health and wellbeing coach", "Wants structured support with weight and diet."),
    ];

    public static string DeclineExplanation(DeclineReason reason) => reason switch
    {
        DeclineReason.InCrisis => "Person is in crisis. Directed to the crisis line and the GP informed the same day.",
        DeclineReason.NeedsClinicalCare => "Needs clinical review of pain management before social prescribing can help.",
        DeclineReason.OutsideArea => "Registered with a practice outside the area we cover. Referrer told about their local service.",
        DeclineReason.AlreadySupportedElsewhere => "Already has a care coordinator who is arranging the same support.",
        _ => "Duplicate of a referral already with the team.",
    };

    public static string DischargeSummary(DischargeReason reason) => reason switch
    {
        DischargeReason.GoalsAchieved => "Achieved the goals we agreed and feels more confident. Knows how to come back if needed.",
        DischargeReason.ConnectedToCommunitySupport => "Now going to a weekly group and has support from a partner service. Happy to end.",
        DischargeReason.PersonChoseToEnd => "Decided to stop for now; feels things are more settled. Door left open.",
        DischargeReason.LostContact => "Several attempts to contact by phone, text and letter with no reply. Referrer and GP informed.",
        DischargeReason.MovedAway => "Moved out of the area to be near family. Given details of the local service there.",
        DischargeReason.NeedsMetByAnotherService => "Now supported by the community mental health team, who agreed to take over.",
        DischargeReason.Died => "Sadly died. Family thanked the team for the support.",
        _ => "Admitted to a care home; needs now met there.",
    };

    public static readonly string[] ReallocationReasons =
    [
        "Previous link worker has gone on maternity leave.", "The person asked for a link worker who speaks their language.",
        "Moved between workers to balance caseloads.",
    ];

    public const string OverCapacityReason = "Agreed at supervision: two people on this caseload are close to discharge.";

    public const string IneligibleAcceptance = "Young carer of 17; the school nurse asked us to help and the team agreed it is right to.";

    public static readonly string[] CaringNotes =
    [
        "Cares for her husband, who has dementia.", "Looks after his mum most days.", "Cares for an adult son with learning disabilities.",
        "Helps look after two grandchildren after school.", "Cares for her mum and younger brother.",
    ];

    public static readonly string[] PreferredTimes =
    [
        "Weekday mornings", "Afternoons, not before 11", "Any time but not Fridays", "After 4pm when the children are home",
        "Mornings, before her husband's carers come",
    ];
}
