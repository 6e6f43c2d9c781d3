using System.Text;
using Catalogue.Core.Localization;

namespace Catalogue.Core.ImportExport;

/// <summary>Thrown for a file that cannot be read at all: the message says why, and the line where known.</summary>
public sealed class ImportFileException(string message, int line = 0) : Exception(message)
{
    public int Line { get; } = line;
}

/// <summary>Reads an uploaded file into memory within the size limit and checks it is non-empty UTF-8 text.</summary>
public static class ImportFileReader
{
    public static async Task<byte[]> ReadBytesAsync(Stream stream, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new ImportFileException(
                    CoreText.Format("Import.File.TooLarge", FormatSize(maxBytes)));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The text of a UTF-8 file (a byte-order mark is skipped); refuses empty files and other encodings.</summary>
    public static string DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            throw new ImportFileException(CoreText.Format("Import.File.Utf16"), 1);
        }

        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        var invalidAt = FirstInvalidUtf8(bytes);
        if (invalidAt >= 0)
        {
            var line = 1 + bytes[..invalidAt].Count((byte)'\n');
            throw new ImportFileException(
                CoreText.Format("Import.File.NotUtf8", bytes[invalidAt].ToString("X2", System.Globalization.CultureInfo.InvariantCulture), line),
                line);
        }

        var text = Encoding.UTF8.GetString(bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ImportFileException(CoreText.Format("Import.File.Empty"));
        }

        return text;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    /// <summary>A file size in the current language's units and number format ("1.5 MB", « 1,5 Mo »).</summary>
    public static string FormatSize(long bytes) => bytes >= 1024 * 1024
        ? CoreText.Format("Size.Megabytes", Math.Round(bytes / (1024.0 * 1024.0), 1))
        : bytes >= 1024 ? CoreText.Format("Size.Kilobytes", Math.Round(bytes / 1024.0, 1)) : CoreText.Format("Size.Bytes", bytes);
}
