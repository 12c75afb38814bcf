namespace ArticleReader.Ingestion;

/// <summary>How far an ingest has got: the phase it is in and the share of the whole done, 0 to 100.</summary>
public readonly record struct IngestProgress(string Phase, int Percent);
