using Waymark.Domain.Directory;

namespace Waymark.Domain.Tests.Directory;

/// <summary>Small builders for directory tests.</summary>
internal static class Listings
{
    public static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 11, 2);
    public static readonly Guid OrganisationId = Guid.Parse("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610");
    public static readonly Guid Manager = Guid.Parse("0194a000-0000-7000-8000-000000000001");

    public static Service NewService(string name = "Walking for health", DeliveryModes modes = DeliveryModes.InPerson | DeliveryModes.Phone)
    {
        var service = Waymark.Domain.Directory.Service.Create(OrganisationId, "Age Well Leeds", new ServiceDetails(name, "Gentle group walks around the park"), Now);
        service.SetDelivery(modes, 14, acceptingReferrals: true, Now);
        return service;
    }

    public static Service InStatus(OperatingStatus status, string name = "Walking for health", DeliveryModes modes = DeliveryModes.InPerson | DeliveryModes.Phone)
    {
        var service = NewService(name, modes);
        if (status != OperatingStatus.Running)
        {
            service.ChangeStatus(status, "Volunteer shortage", null, Today, Now);
        }

        return service;
    }
}
