using System.Linq.Expressions;
using Waymark.Domain.Common;

namespace Waymark.Domain.Directory;

/// <summary>
/// A community service in the directory (ORUK <c>service</c>), the aggregate root of its listing. It holds the ORUK
/// fields and children (phones, schedules, areas, languages, costs, contacts, funding, documents, taxonomy links)
/// and Waymark's extensions for link workers: operating status, delivery modes, waiting time, referral method,
/// requirements and verification. Every change stamps <see cref="LastModified"/> with the time given, so an
/// importer can pass a feed's own <c>last_modified</c>.
/// </summary>
public sealed partial class Service : Entity
{
    public const int MaxAge = 120;
    public const int MaxWaitingDays = 3650;
    public const int DefaultVerificationIntervalDays = 90;
    public const int MaxVerificationIntervalDays = 730;
    public const int ReasonMaxLength = 500;

    private readonly List<Phone> _phones = [];
    private readonly List<Schedule> _schedules = [];
    private readonly List<ServiceArea> _serviceAreas = [];
    private readonly List<Language> _languages = [];
    private readonly List<CostOption> _costOptions = [];
    private readonly List<ServiceContact> _contacts = [];
    private readonly List<RequiredDocument> _requiredDocuments = [];
    private readonly List<Funding> _funding = [];
    private readonly List<ServiceAttribute> _attributes = [];
    private readonly List<SearchWord> _searchWords = [];

    private Service()
    {
        Name = string.Empty;
        OrganisationName = string.Empty;
        SearchText = string.Empty;
        Requirements = ServiceRequirements.None;
    }

    /// <summary>The ORUK organisation that runs the service (a Waymark <see cref="Organisations.Organisation"/>).</summary>
    public Guid OrganisationId { get; private set; }

    /// <summary>The organisation's name, copied so a listing and its search text stand alone; see <see cref="OrganisationRenamed"/>.</summary>
    public string OrganisationName { get; private set; }

    public string Name { get; private set; }

    public string? AlternateName { get; private set; }

    public string? Description { get; private set; }

    public string? Url { get; private set; }

    public string? Email { get; private set; }

    public string? InterpretationServices { get; private set; }

    public string? ApplicationProcess { get; private set; }

    /// <summary>HSDS <c>fees_description</c>; ORUK 3.0 calls it <c>fees</c> (deprecated there in favour of cost options).</summary>
    public string? FeesDescription { get; private set; }

    public string? Accreditations { get; private set; }

    public string? EligibilityDescription { get; private set; }

    public int? MinimumAge { get; private set; }

    public int? MaximumAge { get; private set; }

    /// <summary>ORUK <c>assured_date</c>: when an assurer last checked the listing (as published by the source).</summary>
    public DateOnly? AssuredDate { get; private set; }

    public string? AssurerEmail { get; private set; }

    public string? Alert { get; private set; }

    /// <summary>HSDS <c>wait_time</c> in words; <see cref="WaitingDays"/> is the number link workers filter by.</summary>
    public string? WaitTime { get; private set; }

    public DateTimeOffset CreatedAt { get; private init; }

    /// <summary>ORUK <c>last_modified</c>: when the listing or anything in it last changed.</summary>
    public DateTimeOffset LastModified { get; private set; }

    public IReadOnlyList<Phone> Phones => _phones;

    public IReadOnlyList<Schedule> Schedules => _schedules;

    public IReadOnlyList<ServiceArea> ServiceAreas => _serviceAreas;

    public IReadOnlyList<Language> Languages => _languages;

    public IReadOnlyList<CostOption> CostOptions => _costOptions;

    public IReadOnlyList<ServiceContact> Contacts => _contacts;

    public IReadOnlyList<RequiredDocument> RequiredDocuments => _requiredDocuments;

    public IReadOnlyList<Funding> Funding => _funding;

    /// <summary>ORUK <c>attributes</c>: the taxonomy terms the service is listed under.</summary>
    public IReadOnlyList<ServiceAttribute> Attributes => _attributes;

    public DeliveryModes DeliveryModes { get; private set; }

    /// <summary>Typical days from referral to first session; null when not known.</summary>
    public int? WaitingDays { get; private set; }

    /// <summary>Whether the service takes new people now (it may be running with a full list).</summary>
    public bool AcceptingReferrals { get; private set; } = true;

    public ReferralMethod ReferralMethod { get; private set; }

    public string? ReferralEmail { get; private set; }

    public string? ReferralPhone { get; private set; }

    public string? ReferralFormUrl { get; private set; }

    public ServiceRequirements Requirements { get; private set; }

    /// <summary>What the service costs: the band stated in <see cref="Requirements"/>, else the band its cost options show.</summary>
    public CostLevel Cost { get; private set; }

    public DateOnly? LastVerifiedOn { get; private set; }

    /// <summary>The member of staff who last verified the listing.</summary>
    public Guid? LastVerifiedBy { get; private set; }

    public int VerificationIntervalDays { get; private set; } = DefaultVerificationIntervalDays;

    /// <summary>
    /// The day the listing next needs checking: the interval after the last verification, or the day it was listed
    /// when it never has been. Stored so the stale listings queue is one indexed range query.
    /// </summary>
    public DateOnly VerificationDueOn { get; private set; }

    /// <summary>Name, alternate name, description and organisation name, normalised by <see cref="Directory.SearchText"/>.</summary>
    public string SearchText { get; private set; }

    /// <summary>The distinct words of <see cref="SearchText"/>, kept in step with it; text search looks them up by prefix.</summary>
    public IReadOnlyList<SearchWord> SearchWords => _searchWords;

    /// <summary>Whether a link worker can pass someone on now: running (in some form) and taking people.</summary>
    public bool IsTakingReferrals => TakesReferrals(AcceptingReferrals, OperatingStatus);

    /// <summary>The rule behind <see cref="IsTakingReferrals"/>, for projections that read only these two columns.</summary>
    public static bool TakesReferrals(bool acceptingReferrals, OperatingStatus status) =>
        acceptingReferrals && status is OperatingStatus.Running or OperatingStatus.RemoteOnly;

    /// <summary>
    /// The same rule as a query filter, so the database does the work; a unit test proves it agrees with
    /// <see cref="TakesReferrals"/> for every status.
    /// </summary>
    public static readonly Expression<Func<Service, bool>> TakingReferrals = s =>
        s.AcceptingReferrals && (s.OperatingStatus == OperatingStatus.Running || s.OperatingStatus == OperatingStatus.RemoteOnly);

    public static Service Create(Guid organisationId, string? organisationName, ServiceDetails details, DateTimeOffset now, Guid? id = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (organisationId == Guid.Empty)
        {
            throw new DomainException("Select the organisation that runs the service", nameof(OrganisationId));
        }

        var service = new Service
        {
            Id = id is { } given && given != Guid.Empty ? given : Guid.CreateVersion7(),
            OrganisationId = organisationId,
            OrganisationName = Text.Required(organisationName, nameof(OrganisationName), "the organisation name", Organisations.Organisation.NameMaxLength),
            CreatedAt = now,
            VerificationDueOn = DateOnly.FromDateTime(now.UtcDateTime),
        };
        service.Update(details, now);
        return service;
    }

    public void Update(ServiceDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        var (minimum, maximum) = Ages(details.MinimumAge, details.MaximumAge);
        var name = Text.Required(details.Name, nameof(Name), "the service name", DirectoryText.NameMaxLength);
        var alternateName = DirectoryText.Brief(details.AlternateName, nameof(AlternateName), "the other name");
        var description = Text.Optional(details.Description, nameof(Description), "the description", DirectoryText.DescriptionMaxLength);
        var url = DirectoryFormats.Url(details.Url, nameof(Url), "the service's website");
        var email = DirectoryFormats.Email(details.Email, nameof(Email));
        var interpretation = DirectoryText.Lengthy(details.InterpretationServices, nameof(InterpretationServices), "the interpretation services");
        var application = DirectoryText.Lengthy(details.ApplicationProcess, nameof(ApplicationProcess), "how to apply");
        var fees = DirectoryText.Lengthy(details.FeesDescription, nameof(FeesDescription), "the description of fees");
        var accreditations = DirectoryText.Lengthy(details.Accreditations, nameof(Accreditations), "the accreditations");
        var eligibility = DirectoryText.Lengthy(details.EligibilityDescription, nameof(EligibilityDescription), "who the service is for");
        var assurerEmail = DirectoryFormats.Email(details.AssurerEmail, nameof(AssurerEmail));
        var alert = DirectoryText.Lengthy(details.Alert, nameof(Alert), "the alert");
        var waitTime = DirectoryText.Brief(details.WaitTime, nameof(WaitTime), "the waiting time");

        (Name, AlternateName, Description, Url, Email) = (name, alternateName, description, url, email);
        (InterpretationServices, ApplicationProcess, FeesDescription, Accreditations, EligibilityDescription) =
            (interpretation, application, fees, accreditations, eligibility);
        (MinimumAge, MaximumAge, AssuredDate, AssurerEmail, Alert, WaitTime) = (minimum, maximum, details.AssuredDate, assurerEmail, alert, waitTime);
        Touch(now);
    }

    /// <summary>Keeps the copied organisation name (and so the search text) in step when the organisation is renamed.</summary>
    public void OrganisationRenamed(string? organisationName, DateTimeOffset now)
    {
        OrganisationName = Text.Required(organisationName, nameof(OrganisationName), "the organisation name", Organisations.Organisation.NameMaxLength);
        Touch(now);
    }

    public void SetDelivery(DeliveryModes modes, int? waitingDays, bool acceptingReferrals, DateTimeOffset now)
    {
        if ((modes & ~DeliveryModesExtensions.All) != DeliveryModes.None)
        {
            throw new DomainException("Select how the service is delivered", nameof(DeliveryModes));
        }

        if (OperatingStatus == OperatingStatus.RemoteOnly && !modes.HasRemoteMode())
        {
            throw new DomainException("The service is running remotely only, so select phone, video, online or by post", nameof(DeliveryModes));
        }

        if (waitingDays is < 0 or > MaxWaitingDays)
        {
            throw new DomainException($"Enter the waiting time as a number of days from 0 to {MaxWaitingDays}", nameof(WaitingDays));
        }

        (DeliveryModes, WaitingDays, AcceptingReferrals) = (modes, waitingDays, acceptingReferrals);
        Touch(now);
    }

    /// <summary>Sets how people are referred; keeps only the contact detail that method uses.</summary>
    public void SetReferralMethod(ReferralMethod method, string? email, string? phone, string? formUrl, DateTimeOffset now)
    {
        (string? referralEmail, string? referralPhone, string? referralFormUrl) = method switch
        {
            ReferralMethod.SignpostOnly or ReferralMethod.Direct => ((string?)null, (string?)null, (string?)null),
            ReferralMethod.Email => (DirectoryFormats.Email(email, nameof(ReferralEmail))
                ?? throw new DomainException("Enter the email address referrals go to", nameof(ReferralEmail)), null, null),
            ReferralMethod.Phone => (null, DirectoryFormats.Phone(phone, nameof(ReferralPhone))
                ?? throw new DomainException("Enter the phone number to call to refer someone", nameof(ReferralPhone)), null),
            ReferralMethod.ExternalForm => (null, null, DirectoryFormats.Url(formUrl, nameof(ReferralFormUrl), "the address of the referral form")
                ?? throw new DomainException("Enter the address of the service's referral form", nameof(ReferralFormUrl))),
            _ => throw new DomainException("Select how people are referred to the service", nameof(ReferralMethod)),
        };

        (ReferralMethod, ReferralEmail, ReferralPhone, ReferralFormUrl) = (method, referralEmail, referralPhone, referralFormUrl);
        Touch(now);
    }

    public void SetRequirements(ServiceRequirements requirements, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        Requirements = requirements.Validated(_costOptions);
        Cost = Requirements.Cost ?? ServiceRequirements.CostOf(_costOptions);
        Touch(now);
    }

    private static (int? Minimum, int? Maximum) Ages(int? minimum, int? maximum)
    {
        if (minimum is < 0 or > MaxAge)
        {
            throw new DomainException($"Enter a minimum age from 0 to {MaxAge}", nameof(MinimumAge));
        }

        if (maximum is < 0 or > MaxAge)
        {
            throw new DomainException($"Enter a maximum age from 0 to {MaxAge}", nameof(MaximumAge));
        }

        return minimum > maximum
            ? throw new DomainException("The maximum age must be the same as or more than the minimum age", nameof(MaximumAge))
            : (minimum, maximum);
    }

    private void Replace<T>(List<T> list, List<T> items, DateTimeOffset now)
    {
        list.Clear();
        list.AddRange(items);
        Touch(now);
    }

    private void Touch(DateTimeOffset now)
    {
        LastModified = now;
        var text = Directory.SearchText.Normalise(Name, AlternateName, Description, OrganisationName);
        if (text != SearchText || (_searchWords.Count == 0 && text.Length > 0))
        {
            SearchText = text;
            UpdateSearchWords();
        }
    }

    /// <summary>Drops the words no longer in the text and adds the new ones; unchanged words stay as they are (no rewrite).</summary>
    private void UpdateSearchWords()
    {
        var words = Directory.SearchText.Words(SearchText);
        var wanted = words.ToHashSet(StringComparer.Ordinal);
        _searchWords.RemoveAll(w => !wanted.Contains(w.Word));
        var kept = _searchWords.Select(w => w.Word).ToHashSet(StringComparer.Ordinal);
        _searchWords.AddRange(words.Where(w => !kept.Contains(w)).Select(w => new SearchWord(w)));
    }
}
