using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Catalogue.Core.Localization;

namespace Catalogue.Core.ImportExport;

/// <summary>Reads a JSON array of numbers or strings as strings; writes integers back as numbers.</summary>
public sealed class NumberOrStringListConverter : JsonConverter<List<string>>
{
    public override List<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new ImportValueException(CoreText.Format("Import.Json.ExpectedList"));
        }

        var values = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            values.Add(reader.TokenType switch
            {
                JsonTokenType.Number => reader.GetDecimal().ToString(CultureInfo.InvariantCulture),
                JsonTokenType.String => reader.GetString()!,
                _ => throw new ImportValueException(CoreText.Format("Import.Json.ExpectedItem")),
            });
        }

        return values;
    }

    public override void Write(Utf8JsonWriter writer, List<string> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            if (int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                writer.WriteNumberValue(number);
            }
            else
            {
                writer.WriteStringValue(item);
            }
        }

        writer.WriteEndArray();
    }
}

/// <summary>A value the import's own converters refuse, with a message already in the reader's language.</summary>
public sealed class ImportValueException(string message) : JsonException(message);
