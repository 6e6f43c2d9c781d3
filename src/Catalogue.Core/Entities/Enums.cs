namespace Catalogue.Core.Entities;

public enum EntryKind
{
    Publication,
    Programme,
    Event,
    Tool,
    Research,
}

public enum EntryStatus
{
    Draft,
    InReview,
    Published,
    Archived,
}

/// <summary>How much of <see cref="Entry.PublicationDate"/> is known: a year, a month or a day.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
}

public enum GeographicScope
{
    Global,
    Regional,
    National,
    Local,
}

public enum OrganisationRole
{
    Author,
    Publisher,
    Implementer,
    Partner,
    Donor,
}

/// <summary>
/// How one entry is linked to another, read from the entry that holds the link: a webinar <see cref="Launches"/> a report;
/// a programme is <see cref="DescribedIn"/> the report that documents it. Stored by name, so new types go at the end.
/// </summary>
public enum RelationType
{
    Launches,
    PartOf,
    Evaluates,
    RelatedTo,
    TranslationOf,
    DescribedIn,
}
