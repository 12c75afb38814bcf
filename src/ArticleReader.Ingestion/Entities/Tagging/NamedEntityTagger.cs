using ArticleReader.Ingestion.Embeddings;

namespace ArticleReader.Ingestion.Entities.Tagging;

/// <summary>The trained tagger over a whole document: features from its words, vectors from the encoder, names per sentence.</summary>
public sealed class NamedEntityTagger(NerModel model, TaggerFeatures features)
{
    /// <summary>Where the model is read from, relative to the application's folder (it is copied there at build).</summary>
    public const string ModelFile = "Models/ner.model";

    private static readonly Lazy<NamedEntityTagger> Shared = new(() => new NamedEntityTagger(NerModel.Load(DefaultModelPath), new TaggerFeatures(Gazetteer.Gazetteer.Default)));

    public static string DefaultModelPath => Path.Combine(AppContext.BaseDirectory, ModelFile);

    /// <summary>The tagger of this process, loaded on first use.</summary>
    /// <exception cref="Models.ModelFileException">The model file is missing or corrupt.</exception>
    public static NamedEntityTagger Default => Shared.Value;

    /// <summary>The names of each sentence, as runs of its tokens.</summary>
    /// <param name="words">Each sentence's tokens (<see cref="EncoderInput"/>), the document in order.</param>
    /// <param name="encodings">The encoder's vectors of the same tokens.</param>
    public IReadOnlyList<List<TaggedSpan>> Tag(IReadOnlyList<IReadOnlyList<string>> words, IReadOnlyList<EncodedSentence> encodings)
    {
        var sparse = features.Extract(words);
        return [.. words.Select((_, s) => model.Tag(sparse[s], encodings[s].Words))];
    }
}
