namespace Catalogue.Core.Curation;

/// <summary>
/// The signed-in user acting on the catalogue, as the sign-in cookie or circuit claims it. Every curation service
/// checks it against the account as it is now (<see cref="AccountState"/>) before acting.
/// </summary>
public sealed record CurationActor(string UserId, string UserName, IReadOnlySet<string> Roles)
{
    /// <summary>The account's security stamp when the user signed in; it changes with roles, disabling and signing out.</summary>
    public string? SecurityStamp { get; init; }

    public static CurationActor Create(string userId, string userName, params string[] roles) =>
        new(userId, userName, new HashSet<string>(roles, StringComparer.Ordinal));

    public bool IsAdministrator => Roles.Contains(CatalogueRoles.Administrator);

    /// <summary>Curators and administrators: edit any entry, review, publish, archive.</summary>
    public bool CanCurate => IsAdministrator || Roles.Contains(CatalogueRoles.Curator);

    /// <summary>Anyone with a catalogue role may create entries.</summary>
    public bool CanContribute => CanCurate || Roles.Contains(CatalogueRoles.Contributor);
}

/// <summary>The acting user may not do this; pages show the message, never the data.</summary>
public sealed class CurationForbiddenException(string message) : UnauthorizedAccessException(message);

public sealed class CurationNotFoundException(string message) : Exception(message);

/// <summary>Input that cannot be saved, with one message per field (the key is the model's property name).</summary>
public sealed class CurationValidationException(IReadOnlyDictionary<string, string> errors)
    : Exception(string.Join(" ", errors.Values))
{
    public IReadOnlyDictionary<string, string> Errors { get; } = errors;
}
