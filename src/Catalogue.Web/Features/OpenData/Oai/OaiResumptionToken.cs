using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Catalogue.Web.Features.OpenData.Oai;

/// <summary>
/// A stateless resumption token: the list request (prefix, set, from, until) and a keyset cursor, the
/// (updated_at, id) of the last record sent, so the next page starts right after it whatever changed meanwhile.
/// Base64url-encoded JSON; a token that does not decode is badResumptionToken.
/// </summary>
public sealed record OaiResumptionToken(
    string MetadataPrefix,
    string? Set,
    string? From,
    string? Until,
    long AfterUpdatedTicks,
    int AfterId,
    int Cursor)
{
    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this));

    /// <summary>The list request the token continues, as the arguments it was first made of.</summary>
    public Dictionary<string, string[]> AsArguments(string verb)
    {
        var arguments = new Dictionary<string, string[]> { ["verb"] = [verb], ["metadataPrefix"] = [MetadataPrefix] };
        foreach (var (name, value) in new[] { ("set", Set), ("from", From), ("until", Until) })
        {
            if (value is not null)
            {
                arguments[name] = [value];
            }
        }

        return arguments;
    }

    public static OaiResumptionToken? Decode(string token)
    {
        try
        {
            var decoded = JsonSerializer.Deserialize<OaiResumptionToken>(Base64Url.DecodeFromChars(token));
            return decoded is { MetadataPrefix.Length: > 0, Cursor: >= 0 and < int.MaxValue / 2, AfterId: >= 0 } && decoded.AfterUpdatedTicks >= 0 && decoded.AfterUpdatedTicks <= DateTime.MaxValue.Ticks
                ? decoded
                : null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentException or DecoderFallbackException)
        {
            return null;
        }
    }
}
