namespace ArticleReader.Ingestion;

/// <summary>Input that cannot become an article; the message is one line meant for the person who supplied it.</summary>
public sealed class IngestionException(string message) : Exception(message);
