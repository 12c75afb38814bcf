using System.Buffers;
using System.Text.Json;

namespace ArticleReader.Documents;

/// <summary>
/// Writes article documents to a stream with a <see cref="Utf8JsonWriter"/>, property by property and item by item,
/// flushing every <see cref="FlushThreshold"/> bytes, so a long article is never held as one JSON string. The bytes are
/// those <see cref="DocumentMapper.ToJson"/> gives.
/// </summary>
public static class DocumentStreamWriter
{
    /// <summary>Bytes buffered before they are sent on.</summary>
    public const int FlushThreshold = 64 * 1024;

    private static readonly JsonSerializerOptions Options = DocumentMapper.JsonOptions;

    public static async Task WriteAsync(Stream stream, IAsyncEnumerable<ArticleDocument> documents, CancellationToken cancellationToken)
    {
        var output = new Output(stream);
        await using var writer = output.Writer;
        writer.WriteStartArray();
        await foreach (var document in documents.WithCancellation(cancellationToken))
        {
            await WriteAsync(output, document, cancellationToken);
        }

        writer.WriteEndArray();
        await output.SendAsync(cancellationToken);
    }

    public static async Task WriteAsync(Stream stream, ArticleDocument document, CancellationToken cancellationToken)
    {
        var output = new Output(stream);
        await using var writer = output.Writer;
        await WriteAsync(output, document, cancellationToken);
        await output.SendAsync(cancellationToken);
    }

    private static async Task WriteAsync(Output output, ArticleDocument document, CancellationToken cancellationToken)
    {
        var writer = output.Writer;
        writer.WriteStartObject();
        Value(writer, nameof(ArticleDocument.Schema), document.Schema);
        Value(writer, nameof(ArticleDocument.Slug), document.Slug);
        Value(writer, nameof(ArticleDocument.Revision), document.Revision);
        Value(writer, nameof(ArticleDocument.Sha256), document.Sha256);
        Value(writer, nameof(ArticleDocument.SourceLength), document.SourceLength);
        Value(writer, nameof(ArticleDocument.Header), document.Header);
        await ListAsync(output, nameof(ArticleDocument.Sections), document.Sections, cancellationToken);
        await ListAsync(output, nameof(ArticleDocument.Boilerplate), document.Boilerplate, cancellationToken);
        await ListAsync(output, nameof(ArticleDocument.Entities), document.Entities, cancellationToken);
        await ListAsync(output, nameof(ArticleDocument.Mentions), document.Mentions, cancellationToken);
        await ListAsync(output, nameof(ArticleDocument.Claims), document.Claims, cancellationToken);
        await ListAsync(output, nameof(ArticleDocument.Flags), document.Flags, cancellationToken);
        await ListAsync(output, nameof(ArticleDocument.Relations), document.Relations, cancellationToken);
        writer.WriteEndObject();
    }

    private static void Value<T>(Utf8JsonWriter writer, string property, T value)
    {
        writer.WritePropertyName(Name(property));
        JsonSerializer.Serialize(writer, value, Options);
    }

    private static async Task ListAsync<T>(Output output, string property, IReadOnlyList<T> items, CancellationToken cancellationToken)
    {
        var writer = output.Writer;
        writer.WritePropertyName(Name(property));
        writer.WriteStartArray();
        foreach (var item in items)
        {
            JsonSerializer.Serialize(writer, item, Options);
            if (output.Buffered > FlushThreshold)
            {
                await output.SendAsync(cancellationToken);
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// The writer fills a buffer, never the stream itself (ASP.NET Core refuses the synchronous writes the serializer
    /// would make); the buffer goes to the stream asynchronously.
    /// </summary>
    private sealed class Output
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(FlushThreshold * 2);
        private readonly Stream _stream;

        public Output(Stream stream)
        {
            _stream = stream;
            Writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = Options.WriteIndented, Encoder = Options.Encoder });
        }

        public Utf8JsonWriter Writer { get; }

        public int Buffered
        {
            get
            {
                Writer.Flush();
                return _buffer.WrittenCount;
            }
        }

        public async Task SendAsync(CancellationToken cancellationToken)
        {
            Writer.Flush();
            await _stream.WriteAsync(_buffer.WrittenMemory, cancellationToken);
            _buffer.ResetWrittenCount();
        }
    }

    private static string Name(string property) => Options.PropertyNamingPolicy?.ConvertName(property) ?? property;
}
