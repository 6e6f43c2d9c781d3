using System.Text;

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
                    $"The file is larger than the import limit of {FormatSize(maxBytes)}: split it into smaller files (or export a narrower search).");
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
            throw new ImportFileException("Wrong encoding: the file is UTF-16; save it as UTF-8 and import it again.", 1);
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
                $"Wrong encoding: the file is not valid UTF-8 (byte 0x{bytes[invalidAt]:X2} at line {line}); it was probably saved as Latin-1 or Windows-1252. Save it as UTF-8 and import it again.",
                line);
        }

        var text = Encoding.UTF8.GetString(bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ImportFileException("The file is empty: there is nothing to import.");
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

    public static string FormatSize(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024.0 * 1024.0):0.#} MB"
        : bytes >= 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes} bytes";
}
