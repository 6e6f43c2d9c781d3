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

public enum RelationType
{
    Launches,
    PartOf,
    Evaluates,
    RelatedTo,
}
