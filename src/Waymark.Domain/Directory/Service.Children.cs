using Waymark.Domain.Common;

namespace Waymark.Domain.Directory;

/// <summary>The listing's ORUK child records (phones, schedules, areas, languages, prices, contacts, documents,
/// funding and taxonomy links): each list is checked whole and replaced whole.</summary>
public sealed partial class Service
{
    public void ReplacePhones(IEnumerable<Phone>? phones, DateTimeOffset now) => Replace(_phones, Phone.ValidatedList(phones, nameof(Phones)), now);

    public void ReplaceSchedules(IEnumerable<Schedule>? schedules, DateTimeOffset now) =>
        Replace(_schedules, Schedule.ValidatedList(schedules, nameof(Schedules)), now);

    public void ReplaceServiceAreas(IEnumerable<ServiceArea>? areas, DateTimeOffset now) =>
        Replace(_serviceAreas, ServiceArea.ValidatedList(areas, nameof(ServiceAreas)), now);

    public void ReplaceLanguages(IEnumerable<Language>? languages, DateTimeOffset now) =>
        Replace(_languages, Language.ValidatedList(languages, nameof(Languages)), now);

    /// <summary>Replaces the prices. The stated cost band must still fit them (see <see cref="ServiceRequirements.Validated"/>).</summary>
    public void ReplaceCostOptions(IEnumerable<CostOption>? options, DateTimeOffset now)
    {
        var validated = CostOption.ValidatedList(options, nameof(CostOptions));
        Requirements.Validated(validated);
        Replace(_costOptions, validated, now);
        Cost = Requirements.Cost ?? ServiceRequirements.CostOf(_costOptions);
    }

    public void ReplaceContacts(IEnumerable<ServiceContact>? contacts, DateTimeOffset now) =>
        Replace(_contacts, ServiceContact.ValidatedList(contacts, nameof(Contacts)), now);

    public void ReplaceRequiredDocuments(IEnumerable<RequiredDocument>? documents, DateTimeOffset now) =>
        Replace(_requiredDocuments, RequiredDocument.ValidatedList(documents, nameof(RequiredDocuments)), now);

    public void ReplaceFunding(IEnumerable<Funding>? funding, DateTimeOffset now) =>
        Replace(_funding, Directory.Funding.ValidatedList(funding, nameof(Funding)), now);

    /// <summary>Replaces the taxonomy links; one link per term and link type (the same link twice says nothing more).</summary>
    public void ReplaceAttributes(IEnumerable<ServiceAttribute>? attributes, DateTimeOffset now)
    {
        var validated = ServiceAttribute.ValidatedList(attributes, nameof(Attributes));
        var twice = validated.GroupBy(a => (a.TaxonomyTermId, a.LinkType)).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new DomainException("Each taxonomy term can be linked once for each link type – remove the repeated term", nameof(Attributes));
        }

        Replace(_attributes, validated, now);
    }
}
