using Waymark.Domain.Common;
using Waymark.Domain.Contacts;

namespace Waymark.Domain.Episodes;

/// <summary>Contacts with the person: when they can be recorded, and the first reached contact beginning support.</summary>
public sealed partial class Episode
{
    /// <summary>
    /// Refuses contacts and contact plans unless the person is allocated or active: before allocation nobody holds
    /// the episode, and an ended episode is history (a person referred again gets a new one, with this one linked).
    /// </summary>
    public void EnsureOpenForContacts()
    {
        if (Status.IsEnded())
        {
            throw new DomainException(
                $"This episode has ended ({Status.Describe()}), so contacts can no longer be recorded or planned. If the person " +
                "needs support again, refer them again: their history comes with them",
                nameof(Status));
        }

        EnsureStatus("Contacts can be recorded and planned once the person is allocated to a link worker", EpisodeStatus.Allocated, EpisodeStatus.Active);
    }

    /// <summary>
    /// Refuses case work (conversations, goals) unless a link worker holds the episode; <paramref name="action"/>
    /// names what was refused, e.g. "Goals can be added".
    /// </summary>
    public void EnsureInSupport(string action)
    {
        if (!Status.IsInSupport())
        {
            throw new DomainException(
                $"{action} only while the person is allocated to a link worker or active; this episode is {Status.Describe()}",
                nameof(Status));
        }
    }

    /// <summary>
    /// Takes a contact recorded for this episode. The first contact that reaches the person moves an allocated
    /// episode to active; an attempt does not, because support has not begun until someone has spoken to them.
    /// </summary>
    public void RecordContact(Contact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        if (contact.EpisodeId != Id)
        {
            throw new DomainException("The contact belongs to another episode", nameof(Contact.EpisodeId));
        }

        EnsureOpenForContacts();
        if (contact.IsReached)
        {
            RecordFirstContact(contact.At);
        }
    }
}
