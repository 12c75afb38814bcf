using ArticleReader.Ingestion.Claims;
using ArticleReader.Ingestion.Entities.Tagging;
using ArticleReader.Ingestion.Models;

namespace ArticleReader;

/// <summary>The trained models, read once at start-up so that a missing or corrupt file stops the program with one line.</summary>
public static class ModelFiles
{
    /// <summary>Loads the entity tagger (from <paramref name="nerModelPath"/>, else its default file) and the claim spotter; false after writing why.</summary>
    public static bool Load(TextWriter error, string? nerModelPath = null)
    {
        try
        {
            _ = nerModelPath is null ? NamedEntityTagger.Default : new NamedEntityTagger(NerModel.Load(nerModelPath), new TaggerFeatures(Ingestion.Entities.Gazetteer.Gazetteer.Default));
            _ = ClaimSpotter.Default;
            return true;
        }
        catch (ModelFileException e)
        {
            error.WriteLine($"ArticleReader: {e.Message}");
            return false;
        }
    }
}
