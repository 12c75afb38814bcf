namespace ArticleReader.Ingestion;

/// <summary>Where an article is on its way into the library, in the words a reader is shown.</summary>
public enum IngestionStage
{
    /// <summary>Waiting for a worker.</summary>
    Queued,

    /// <summary>Reading the format: the reading text and its blocks.</summary>
    Reading,

    /// <summary>Header, sections, paragraphs and sentences.</summary>
    FindingSentences,

    /// <summary>Entities, claims, relations and consistency flags.</summary>
    RecognizingNamesAndClaims,

    /// <summary>Writing the revision, its search entries and the re-anchored notes.</summary>
    Storing,

    Done,
}
