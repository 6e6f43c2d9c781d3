using System.Globalization;
using System.Xml;
using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Core.OpenData;
using Catalogue.Core.Search.Engine;
using Catalogue.Core.Search.Facets;
using Catalogue.Core.Search.Indexing;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Web.Features.OpenData.Oai;

public sealed partial class OaiPmhResponder
{
    /// <summary>What a harvester may see: published entries, and archived ones (reported as deleted).</summary>
    private static IQueryable<Entry> Harvestable(CatalogueDbContext db) =>
        db.Entries.AsNoTracking().Where(e => e.Status == EntryStatus.Published || e.Status == EntryStatus.Archived);

    private sealed record RecordHeader(int Id, DateTime UpdatedAt, bool Deleted, EntryKind Kind, List<string> SdgTargets, List<int> GcmObjectives);

    private static IQueryable<RecordHeader> HeadersQuery(IQueryable<Entry> entries) => entries.Select(e => new RecordHeader(
        e.Id, e.UpdatedAt, e.Status == EntryStatus.Archived, e.Kind,
        e.SdgTargets.OrderBy(t => t.SortOrder).Select(t => t.Code).ToList(),
        e.GcmObjectives.OrderBy(o => o.Number).Select(o => o.Number).ToList()));

    private async Task ListAsync(XmlWriter xml, bool withMetadata, IReadOnlyDictionary<string, string> args, CancellationToken ct)
    {
        var verb = withMetadata ? "ListRecords" : "ListIdentifiers";
        OaiResumptionToken request;
        if (args.TryGetValue("resumptionToken", out var token))
        {
            // A token is input like any argument: what it carries is checked by the same rules before it is used or echoed.
            request = OaiResumptionToken.Decode(token) is { } decoded && CheckArguments(decoded.AsArguments(verb), verb) is null
                ? decoded
                : throw new OaiError("badResumptionToken", "The resumption token is not one this repository issued, or it is damaged.");
        }
        else
        {
            request = new OaiResumptionToken(args["metadataPrefix"], args.GetValueOrDefault("set"), args.GetValueOrDefault("from"),
                args.GetValueOrDefault("until"), AfterUpdatedTicks: 0, AfterId: 0, Cursor: 0);
        }

        var (from, until) = ParseRange(request.From, request.Until, fromToken: token is not null);
        RequireOaiDc(request.MetadataPrefix);

        await using var db = await factory.CreateDbContextAsync(ct);
        var matching = Harvestable(db);
        if (request.Set is { } set)
        {
            var members = await SetMembersAsync(db, set, ct);
            matching = matching.Where(e => members.Contains(e.Id));
        }

        if (from is { } f)
        {
            matching = matching.Where(e => e.UpdatedAt >= f);
        }

        if (until is { } u)
        {
            matching = matching.Where(e => e.UpdatedAt < u);
        }

        var completeListSize = await matching.CountAsync(ct);
        var after = new DateTime(request.AfterUpdatedTicks, DateTimeKind.Utc);
        var page = matching;
        if (request.AfterId > 0)
        {
            page = page.Where(e => e.UpdatedAt > after || (e.UpdatedAt == after && e.Id > request.AfterId));
        }

        var pageSize = Math.Max(1, options.Value.OaiPageSize);
        var headers = await HeadersQuery(page.OrderBy(e => e.UpdatedAt).ThenBy(e => e.Id)).Take(pageSize).ToListAsync(ct);
        if (headers.Count == 0)
        {
            throw token is null
                ? new OaiError("noRecordsMatch", "No records match the request's set and dates.")
                : new OaiError("badResumptionToken", "The resumption token points past the end of the list.");
        }

        var documents = withMetadata
            ? (await reader.LoadAsync(headers.Where(h => !h.Deleted).Select(h => h.Id).ToList(), ct)).ToDictionary(d => d.Id)
            : [];

        xml.WriteStartElement(withMetadata ? "ListRecords" : "ListIdentifiers", OaiNamespace);
        foreach (var header in headers)
        {
            if (withMetadata)
            {
                WriteRecord(xml, header, documents.GetValueOrDefault(header.Id), withMetadata: true);
            }
            else
            {
                WriteHeader(xml, header);
            }
        }

        var sent = request.Cursor + headers.Count;
        if (token is not null || sent < completeListSize)
        {
            // The last page of a resumed list carries an empty token, which tells the harvester the list is complete.
            xml.WriteStartElement("resumptionToken", OaiNamespace);
            xml.WriteAttributeString("completeListSize", completeListSize.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("cursor", request.Cursor.ToString(CultureInfo.InvariantCulture));
            if (sent < completeListSize)
            {
                var last = headers[^1];
                xml.WriteString((request with { AfterUpdatedTicks = last.UpdatedAt.Ticks, AfterId = last.Id, Cursor = sent }).Encode());
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>
    /// The entries of a set: the published ones the search index finds for the set's search, and the archived ones whose
    /// classification matches it (reported as deleted records of the sets they were in).
    /// </summary>
    private async Task<HashSet<int>> SetMembersAsync(CatalogueDbContext db, string set, CancellationToken ct)
    {
        var query = OaiSets.ToQuery(set) ?? throw new OaiError("badArgument", "The repository has no such set; ListSets lists them.");
        var members = (await search.FindAsync(new EngineRequest(query, CountKeys: [], AllIds: true), ct)).EntryIds.ToHashSet();
        var archived = await db.Entries.AsNoTracking().Where(e => e.Status == EntryStatus.Archived).Select(e => e.Id).ToListAsync(ct);
        if (archived.Count > 0)
        {
            await db.Database.OpenConnectionAsync(ct);
            var records = await EntryIndexLoader.LoadAsync((Npgsql.NpgsqlConnection)db.Database.GetDbConnection(), archived, ct);
            members.UnionWith(records.Where(r => FacetSelectionFilter.Matches(r, query)).Select(r => r.Id));
        }

        return members;
    }

    /// <summary>
    /// from/until in either granularity the protocol allows (day, or seconds with Z), both the same; until is inclusive,
    /// so it becomes an exclusive bound one second (or one day) later. Datestamps are whole seconds of updated_at.
    /// </summary>
    private static (DateTime? From, DateTime? Until) ParseRange(string? fromText, string? untilText, bool fromToken)
    {
        var error = fromToken ? "badResumptionToken" : "badArgument";
        (DateTime Value, bool IsDay)? Parse(string? text, string name)
        {
            if (text is null)
            {
                return null;
            }

            if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var day))
            {
                return (day, true);
            }

            if (DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var second))
            {
                return (second, false);
            }

            throw new OaiError(error, $"'{name}' must be a UTC date YYYY-MM-DD or datestamp YYYY-MM-DDThh:mm:ssZ, not '{text}'.");
        }

        var from = Parse(fromText, "from");
        var until = Parse(untilText, "until");
        if (from is { } f && until is { } u)
        {
            if (f.IsDay != u.IsDay)
            {
                throw new OaiError(error, "'from' and 'until' must have the same granularity.");
            }

            if (f.Value > u.Value)
            {
                throw new OaiError(error, "'from' is later than 'until'.");
            }
        }

        var step = until is { IsDay: true } ? TimeSpan.FromDays(1) : TimeSpan.FromSeconds(1);
        return (from?.Value, until is { } end ? (end.Value > DateTime.MaxValue - step ? DateTime.MaxValue : end.Value + step) : null);
    }

    private void WriteRecord(XmlWriter xml, RecordHeader header, EntryDocument? document, bool withMetadata)
    {
        xml.WriteStartElement("record", OaiNamespace);
        WriteHeader(xml, header);
        if (withMetadata && !header.Deleted && document is not null)
        {
            xml.WriteStartElement("metadata", OaiNamespace);
            OaiDublinCore.Write(xml, document, links.Entry(document));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private void WriteHeader(XmlWriter xml, RecordHeader header)
    {
        xml.WriteStartElement("header", OaiNamespace);
        if (header.Deleted)
        {
            xml.WriteAttributeString("status", "deleted");
        }

        xml.WriteElementString("identifier", OaiNamespace, Identifier(header.Id));
        xml.WriteElementString("datestamp", OaiNamespace, Datestamp(header.UpdatedAt));
        xml.WriteElementString("setSpec", OaiNamespace, "kind:" + OpenDataEntryReader.KindName(header.Kind));
        foreach (var target in header.SdgTargets)
        {
            xml.WriteElementString("setSpec", OaiNamespace, "sdg:" + target);
        }

        foreach (var objective in header.GcmObjectives)
        {
            xml.WriteElementString("setSpec", OaiNamespace, "gcm:" + objective.ToString(CultureInfo.InvariantCulture));
        }

        xml.WriteEndElement();
    }

    /// <summary>oai:&lt;host&gt;:entry/&lt;id&gt;: built from the database id, so it survives slug changes.</summary>
    public string Identifier(int id) => $"oai:{links.HostName}:entry/{id.ToString(CultureInfo.InvariantCulture)}";

    private int? ParseIdentifier(string identifier)
    {
        var prefix = $"oai:{links.HostName}:entry/";
        return identifier.StartsWith(prefix, StringComparison.Ordinal)
               && int.TryParse(identifier.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
    }
}
