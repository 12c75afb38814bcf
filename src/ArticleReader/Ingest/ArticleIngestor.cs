using ArticleReader.Ingestion;
using ArticleReader.Ingestion.Formats;

namespace ArticleReader.Ingest;

/// <summary>Ingests article files: decode, parse, store. Shared by the command line and start-up seeding.</summary>
public sealed class ArticleIngestor(IngestionPipeline pipeline, ArticleStore store)
{
    /// <summary>Parses a file, read as plain text, Markdown or HTML by its extension, without storing it.</summary>
    /// <exception cref="IngestionException">The file cannot become an article.</exception>
    public ParsedArticle Parse(string path, string? slug = null) =>
        pipeline.Parse(SourceDecoder.ReadFile(path), Path.GetFileNameWithoutExtension(path), slug, ArticleFormats.FromExtension(path));

    /// <exception cref="IngestionException">The file cannot become an article; nothing was written.</exception>
    public async Task<IngestResult> IngestAsync(string path, string? slug = null, CancellationToken cancellationToken = default) =>
        await store.SaveAsync(Parse(path, slug), Path.GetFileName(path), cancellationToken);
}
