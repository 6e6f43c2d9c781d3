using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Catalogue.Core.Localization;

namespace Catalogue.Core.ImportExport;

/// <summary>Reads and writes the project's JSON format: {"format": "migrant-education-catalogue", "version": 1, "entries": [...]}.</summary>
public static class CatalogueJson
{
    public const string FormatName = "migrant-education-catalogue";
    public const int Version = 1;

    /// <summary>Canonical output: camelCase, 2-space indent, "\n" line ends, UTF-8 text left readable.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the file head, then each entry as it comes, then the tail: large exports stream.</summary>
    public static async Task WriteAsync(Stream output, IAsyncEnumerable<EntryRecord> entries, CancellationToken cancellationToken)
    {
        // The writer fills a buffer that is copied to the stream asynchronously: a Utf8JsonWriter on the stream itself
        // would flush synchronously when it grows, which ASP.NET Core response bodies refuse.
        var buffer = new ArrayBufferWriter<byte>(FlushThreshold * 2);
        await using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("format", FormatName);
        writer.WriteNumber("version", Version);
        writer.WriteStartArray("entries");
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            JsonSerializer.Serialize(writer, entry, Options);
            if (writer.BytesPending + buffer.WrittenCount > FlushThreshold)
            {
                await CopyAsync(writer, buffer, output, cancellationToken);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await CopyAsync(writer, buffer, output, cancellationToken);
        await output.WriteAsync("\n"u8.ToArray(), cancellationToken);
    }

    private const int FlushThreshold = 64 * 1024;

    private static async Task CopyAsync(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, Stream output, CancellationToken cancellationToken)
    {
        writer.Flush();
        await output.WriteAsync(buffer.WrittenMemory, cancellationToken);
        buffer.ResetWrittenCount();
    }

    public static string Write(IEnumerable<EntryRecord> entries)
    {
        using var stream = new MemoryStream();
        WriteAsync(stream, entries.ToAsyncEnumerable(), CancellationToken.None).GetAwaiter().GetResult();
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>One entry in the canonical form, e.g. a revision snapshot or the comparison key of re-imports.</summary>
    public static string Serialize(EntryRecord entry) => JsonSerializer.Serialize(entry, Options);

    /// <summary>
    /// Parses the file's entries with the line each starts on. A syntax error (a truncated file, say) throws
    /// <see cref="ImportFileException"/> with its line and position; a value of the wrong type rejects its entry.
    /// </summary>
    public static (List<ImportRecord> Records, List<ImportRejection> Rejections) Read(byte[] utf8)
    {
        var records = new List<ImportRecord>();
        var rejections = new List<ImportRejection>();
        var lineStarts = LineStarts(utf8);
        CheckSyntax(utf8, lineStarts);

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new ImportFileException(CoreText.Format("Import.Json.NotFormat", FormatName), 1);
        }

        string? format = null;
        var sawEntries = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "format":
                    format = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    break;
                case "version":
                    if (reader.TokenType != JsonTokenType.Number || reader.GetInt32() != Version)
                    {
                        throw new ImportFileException(CoreText.Format("Import.Json.Version", Version), LineOf(lineStarts, reader.TokenStartIndex));
                    }

                    break;
                case "entries" when reader.TokenType == JsonTokenType.StartArray:
                    sawEntries = true;
                    ReadEntries(ref reader, lineStarts, records, rejections);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (format != FormatName || !sawEntries)
        {
            throw new ImportFileException(CoreText.Format("Import.Json.NoEntries", FormatName), 1);
        }

        return (records, rejections);
    }

    private static void ReadEntries(ref Utf8JsonReader reader, List<long> lineStarts, List<ImportRecord> records, List<ImportRejection> rejections)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var line = LineOf(lineStarts, reader.TokenStartIndex);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                rejections.Add(new ImportRejection(line, null, "entries", CoreText.Format("Import.Json.NotObject")));
                reader.Skip();
                continue;
            }

            // Every field is checked on its own, so each unknown field and each wrong value is reported on its line, and the
            // entry's other problems (found when its values are resolved) are listed too.
            var record = new ImportRecord(line, new EntryRecord());
            RecordFieldLines(reader, lineStarts, record.FieldLines);
            var copy = reader;
            var element = JsonElement.ParseValue(ref copy);
            var slug = element.TryGetProperty("slug", out var slugValue) && slugValue.ValueKind == JsonValueKind.String ? slugValue.GetString() : null;
            var clean = new System.Text.Json.Nodes.JsonObject();
            var problems = 0;
            foreach (var property in element.EnumerateObject())
            {
                if (!FieldTypes.ContainsKey(property.Name))
                {
                    rejections.Add(new ImportRejection(record.LineOf(property.Name), slug, property.Name,
                        CoreText.Format("Import.Json.UnknownField")));
                    problems++;
                    continue;
                }

                var single = "{" + JsonSerializer.Serialize(property.Name) + ":" + property.Value.GetRawText() + "}";
                try
                {
                    JsonSerializer.Deserialize<EntryRecord>(single, Options);
                    clean[property.Name] = System.Text.Json.Nodes.JsonNode.Parse(property.Value.GetRawText());
                }
                catch (JsonException ex)
                {
                    // .NET's own message is English and names its types: say in the reader's language what the field holds.
                    var expected = ex is ImportValueException ? ex.Message.Split(" Path:", 2)[0] : ExpectedValue(property.Name);
                    rejections.Add(new ImportRejection(record.LineOf(property.Name), slug, property.Name, CoreText.Format("Import.Json.WrongType", expected)));
                    problems++;
                }
            }

            var entry = clean.Deserialize<EntryRecord>(Options) ?? new EntryRecord();
            records.Add(new ImportRecord(line, Normalise(entry)) { FieldLines = record.FieldLines, HasReadProblems = problems > 0 });
            reader.Skip();
        }
    }

    /// <summary>The JSON names of <see cref="EntryRecord"/>'s fields.</summary>
    /// <summary>The fields an entry may have, by their JSON name, with the type each holds.</summary>
    private static readonly Dictionary<string, Type> FieldTypes = typeof(EntryRecord).GetProperties()
        .Where(p => p.GetCustomAttributes(typeof(JsonIgnoreAttribute), false).OfType<JsonIgnoreAttribute>().All(a => a.Condition != JsonIgnoreCondition.Always))
        .ToDictionary(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name), p => Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType, StringComparer.Ordinal);

    /// <summary>Notes the line of each property and of each array element, so a rejection names the exact line.</summary>
    private static void RecordFieldLines(Utf8JsonReader reader, List<long> lineStarts, Dictionary<string, int> lines)
    {
        var depth = reader.CurrentDepth;
        string? property = null;
        var index = 0;
        while (reader.Read() && reader.CurrentDepth > depth)
        {
            var line = LineOf(lineStarts, reader.TokenStartIndex);
            if (reader.CurrentDepth == depth + 1 && reader.TokenType == JsonTokenType.PropertyName)
            {
                property = reader.GetString()!;
                lines[property] = line;
                index = 0;
            }
            else if (reader.CurrentDepth == depth + 2 && property is not null)
            {
                lines[$"{property}#{index++}"] = line;
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    reader.Skip();
                }
            }
            else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth > depth + 2)
            {
                reader.Skip();
            }
        }
    }

    /// <summary>Lists written as null count as empty.</summary>
    private static EntryRecord Normalise(EntryRecord e)
    {
        foreach (var property in typeof(EntryRecord).GetProperties())
        {
            if (property.PropertyType == typeof(List<string>) && property.GetValue(e) is null)
            {
                property.SetValue(e, new List<string>());
            }
        }

        e.Related ??= [];
        return e;
    }

    private static void CheckSyntax(byte[] utf8, List<long> lineStarts)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var position = (int)(ex.BytePositionInLine ?? 0) + 1;
            var incomplete = ex.Message.Contains("end of data", StringComparison.OrdinalIgnoreCase) ||
                             ex.Message.Contains("incomplete", StringComparison.OrdinalIgnoreCase);
            throw new ImportFileException(incomplete
                ? CoreText.Format("Import.Json.Incomplete", line, position)
                : CoreText.Format("Import.Json.Malformed", line, position, TextNear(utf8, lineStarts, ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0)), line);
        }
    }

    /// <summary>What the field holds, in words of the current language.</summary>
    private static string ExpectedValue(string jsonName)
    {
        var type = FieldTypes.GetValueOrDefault(jsonName, typeof(object));
        var key = type == typeof(string) ? "Import.Json.Expect.Text"
            : type == typeof(int) || type == typeof(long) ? "Import.Json.Expect.WholeNumber"
            : type == typeof(bool) ? "Import.Json.Expect.TrueOrFalse"
            : type == typeof(List<string>) ? "Import.Json.Expect.TextList"
            : typeof(System.Collections.IEnumerable).IsAssignableFrom(type) ? "Import.Json.Expect.ObjectList"
            : "Import.Json.Expect.Object";
        return CoreText.Format(key);
    }

    /// <summary>Up to 20 characters of the line from where the reader stopped, so the reader can find the place.</summary>
    private static string TextNear(byte[] utf8, List<long> lineStarts, long line, long bytePosition)
    {
        var start = line < lineStarts.Count ? lineStarts[(int)line] + bytePosition : utf8.Length;
        if (start >= utf8.Length)
        {
            return "";
        }

        var rest = System.Text.Encoding.UTF8.GetString(utf8, (int)start, (int)Math.Min(80, utf8.Length - start));
        var text = rest.Split('\n', 2)[0].TrimEnd('\r');
        return text.Length > 20 ? text[..20] + "…" : text;
    }

    private static List<long> LineStarts(byte[] utf8)
    {
        var starts = new List<long> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static int LineOf(List<long> lineStarts, long offset)
    {
        var index = lineStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
