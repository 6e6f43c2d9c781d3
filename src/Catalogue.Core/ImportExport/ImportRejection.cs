namespace Catalogue.Core.ImportExport;

/// <summary>Why one entry (or the whole file, when <see cref="Field"/> is "file") cannot be imported.</summary>
public sealed record ImportRejection(int Line, string? Slug, string Field, string Reason)
{
    public const string FileField = "file";

    public override string ToString() => Line > 0
        ? $"Line {Line}{(Slug is null ? "" : $" ({Slug})")}, field \"{Field}\": {Reason}"
        : $"{(Field == FileField ? "" : $"Field \"{Field}\": ")}{Reason}";
}
