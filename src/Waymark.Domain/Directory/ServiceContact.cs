using Waymark.Domain.Common;

namespace Waymark.Domain.Directory;

/// <summary>
/// ORUK <c>contact</c>: a named person or role at a service, with their phones. Called ServiceContact because
/// Waymark.Domain.Contacts.Contact is a contact with a person.
/// </summary>
public sealed record ServiceContact
{
    public Guid Id { get; init; }

    public string? Name { get; init; }

    public string? Title { get; init; }

    public string? Department { get; init; }

    public string? Email { get; init; }

    public IReadOnlyList<Phone> Phones { get; init; } = [];

    /// <summary>Checks the contact: it needs a name or a job title (a role like "Reception"), so people know who to ask for.</summary>
    public ServiceContact Validated(string field)
    {
        var name = DirectoryText.Brief(Name, field + ".Name", "the contact's name");
        var title = DirectoryText.Brief(Title, field + ".Title", "the contact's job title");
        if (name is null && title is null)
        {
            throw new DomainException("Enter the contact's name or job title, like Reception", field + ".Name");
        }

        return this with
        {
            Name = name,
            Title = title,
            Department = DirectoryText.Brief(Department, field + ".Department", "the contact's department"),
            Email = DirectoryFormats.Email(Email, field + ".Email"),
            Phones = Phone.ValidatedList(Phones, field + ".Phones"),
        };
    }

    public static List<ServiceContact> ValidatedList(IEnumerable<ServiceContact>? contacts, string field) =>
        DirectoryText.WithIds(contacts, field, c => c.Id, (c, id) => c with { Id = id }, (c, f) => c.Validated(f));
}
