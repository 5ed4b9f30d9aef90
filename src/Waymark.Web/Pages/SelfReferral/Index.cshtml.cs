using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Waymark.Web.Features.Referrals;
using Waymark.Web.Pages.Referrals;
using Waymark.Web.Pages.Shared;

namespace Waymark.Web.Pages.SelfReferral;

/// <summary>
/// The public self-referral form: no account, plain English. It only ever makes a received referral (an episode
/// waiting for triage) and reveals nothing about who is already known. Submissions are rate-limited per address,
/// and a bot (honeypot filled, token forged, or faster than a person can type) gets the same thank-you page as a
/// person while nothing is saved.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SelfReferralRateLimit.Policy)]
public sealed partial class IndexModel(MakeReferral make, ReferralQueries queries, SelfReferralGuard guard, ILogger<IndexModel> logger) : PageModel, IOrderedFormErrors
{
    public IReadOnlyList<string> ErrorOrder => ReferralFormErrors.FieldOrder;

    public const string Path = "/refer-yourself";

    [BindProperty]
    public ReferralForm Input { get; set; } = new();

    /// <summary>The honeypot: hidden from people and screen readers, so only a bot fills it in.</summary>
    [BindProperty]
    public string? Website { get; set; }

    /// <summary>When the form was served, data-protected so it cannot be forged.</summary>
    [BindProperty]
    public string? FormToken { get; set; }

    public IReadOnlyList<Option> Practices { get; private set; } = [];

    public ReferralFormView Form => new(Input, ReferralAudience.Self, Practices, []);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        FormToken = guard.IssueToken();
        await LoadPracticesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var verdict = guard.Judge(FormToken, Website);
        if (verdict != SubmissionVerdict.Person)
        {
            LogBot(logger, verdict);
            return Redirect(SentModel.Path);
        }

        var input = Input.ToInput(out var dateError);
        var practiceId = Input.PracticeId;
        var made = await ReferralFormErrors.TryAsync(ModelState, dateError,
            () => make.SelfReferralAsync(practiceId, input, cancellationToken), _ => { });
        if (made is null)
        {
            if (Input.Practice == ReferralForm.UnknownPractice)
            {
                var key = $"{ReferralForm.Prefix}.{nameof(ReferralForm.Practice)}";
                ModelState.Remove(key);
                ModelState.AddModelError(key,
                    "Select your GP practice. You can find it on a letter or prescription from your GP, or in the NHS App. If you cannot find out, ask your GP practice to refer you");
            }

            SpeakToThePerson();

            // A fresh token, so correcting the form does not count as filling it in too fast.
            FormToken = guard.IssueToken();
            await LoadPracticesAsync(cancellationToken);
            return Page();
        }

        return Redirect(SentModel.Path);
    }

    /// <summary>The rules speak about "the person"; on this form the person is the reader.</summary>
    private void SpeakToThePerson()
    {
        foreach (var entry in ModelState.Values.Where(v => v.Errors.Count > 0))
        {
            var messages = entry.Errors.Select(e => InTheirVoice.GetValueOrDefault(e.ErrorMessage, e.ErrorMessage)).ToList();
            entry.Errors.Clear();
            messages.ForEach(entry.Errors.Add);
        }
    }

    private static readonly Dictionary<string, string> InTheirVoice = new(StringComparer.Ordinal)
    {
        ["Enter the person's first name"] = "Enter your first name",
        ["Enter the person's last name"] = "Enter your last name",
        ["Enter a date of birth"] = "Enter your date of birth",
        ["Select at least one thing the person needs help with"] = "Select at least one thing you would like help with",
        ["Select how urgent the referral is"] = "Select how soon you would like to hear from us",
        ["Enter what the other need is"] = "Tell us what else you would like help with",
    };

    private async Task LoadPracticesAsync(CancellationToken cancellationToken)
    {
        var practices = await queries.CoveredPracticesAsync(cancellationToken);
        Practices = [.. practices.Select(p => new Option(p.Id.ToString(), p.Name)), new Option(ReferralForm.UnknownPractice, "I do not know my GP practice")];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Self-referral judged to be from a bot ({Verdict}); nothing was saved")]
    private static partial void LogBot(ILogger logger, SubmissionVerdict verdict);
}
