using System.Globalization;
using System.Xml;
using Catalogue.Core.Entities;
using Catalogue.Core.OpenData;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Web.Features.OpenData.Oai;

/// <summary>The verbs that answer about the repository and single records: Identify, ListMetadataFormats, ListSets, GetRecord.</summary>
public sealed partial class OaiPmhResponder
{
    private async Task IdentifyAsync(XmlWriter xml, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var earliest = await Harvestable(db).MinAsync(e => (DateTime?)e.UpdatedAt, ct) ?? new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        xml.WriteStartElement("Identify", OaiNamespace);
        xml.WriteElementString("repositoryName", OaiNamespace, options.Value.RepositoryName);
        xml.WriteElementString("baseURL", OaiNamespace, BaseUrl);
        xml.WriteElementString("protocolVersion", OaiNamespace, "2.0");
        xml.WriteElementString("adminEmail", OaiNamespace, options.Value.AdminEmail);
        xml.WriteElementString("earliestDatestamp", OaiNamespace, Datestamp(earliest));
        xml.WriteElementString("deletedRecord", OaiNamespace, "persistent");
        xml.WriteElementString("granularity", OaiNamespace, Granularity);
        xml.WriteEndElement();
    }

    private async Task ListMetadataFormatsAsync(XmlWriter xml, string? identifier, CancellationToken ct)
    {
        if (identifier is not null)
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var id = ParseIdentifier(identifier);
            if (id is null || !await Harvestable(db).AnyAsync(e => e.Id == id, ct))
            {
                throw new OaiError("idDoesNotExist", $"'{identifier}' is not an identifier of this repository.");
            }
        }

        xml.WriteStartElement("ListMetadataFormats", OaiNamespace);
        xml.WriteStartElement("metadataFormat", OaiNamespace);
        xml.WriteElementString("metadataPrefix", OaiNamespace, OaiDublinCore.Prefix);
        xml.WriteElementString("schema", OaiNamespace, OaiDublinCore.Schema);
        xml.WriteElementString("metadataNamespace", OaiNamespace, OaiDublinCore.Namespace);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private async Task ListSetsAsync(XmlWriter xml, string? resumptionToken, CancellationToken ct)
    {
        if (resumptionToken is not null)
        {
            throw new OaiError("badResumptionToken", "The set list is complete in one response; it has no resumption tokens.");
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var targets = await db.SdgTargets.AsNoTracking().OrderBy(t => t.SortOrder).Select(t => new { t.Code, t.ShortLabel }).ToListAsync(ct);
        var objectives = await db.GcmObjectives.AsNoTracking().OrderBy(o => o.Number).Select(o => new { o.Number, o.ShortLabel }).ToListAsync(ct);

        xml.WriteStartElement("ListSets", OaiNamespace);
        WriteSet(xml, "kind", "Entries by kind");
        foreach (var kind in Enum.GetValues<EntryKind>())
        {
            WriteSet(xml, "kind:" + OpenDataEntryReader.KindName(kind), kind.ToString());
        }

        WriteSet(xml, "sdg", "Entries by SDG 4 target");
        foreach (var target in targets)
        {
            WriteSet(xml, "sdg:" + target.Code, $"SDG target {target.Code}: {target.ShortLabel}");
        }

        WriteSet(xml, "gcm", "Entries by Global Compact for Migration objective");
        foreach (var objective in objectives)
        {
            WriteSet(xml, "gcm:" + objective.Number.ToString(CultureInfo.InvariantCulture), $"GCM objective {objective.Number}: {objective.ShortLabel}");
        }

        xml.WriteEndElement();
    }

    private static void WriteSet(XmlWriter xml, string spec, string name)
    {
        xml.WriteStartElement("set", OaiNamespace);
        xml.WriteElementString("setSpec", OaiNamespace, spec);
        xml.WriteElementString("setName", OaiNamespace, name);
        xml.WriteEndElement();
    }

    private async Task GetRecordAsync(XmlWriter xml, string identifier, string metadataPrefix, CancellationToken ct)
    {
        var id = ParseIdentifier(identifier);
        await using var db = await factory.CreateDbContextAsync(ct);
        var header = id is null ? null : await HeadersQuery(Harvestable(db).Where(e => e.Id == id)).FirstOrDefaultAsync(ct);
        if (header is null)
        {
            throw new OaiError("idDoesNotExist", $"'{identifier}' is not an identifier of this repository.");
        }

        RequireOaiDc(metadataPrefix);
        var documents = header.Deleted ? [] : await reader.LoadAsync([header.Id], ct);
        xml.WriteStartElement("GetRecord", OaiNamespace);
        WriteRecord(xml, header, documents.FirstOrDefault(), withMetadata: true);
        xml.WriteEndElement();
    }

    private static void RequireOaiDc(string metadataPrefix)
    {
        if (metadataPrefix != OaiDublinCore.Prefix)
        {
            throw new OaiError("cannotDisseminateFormat", $"'{metadataPrefix}' is not a metadata format of this repository; use oai_dc.");
        }
    }
}
