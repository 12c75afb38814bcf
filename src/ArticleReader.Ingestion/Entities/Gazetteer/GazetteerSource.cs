namespace ArticleReader.Ingestion.Entities.Gazetteer;

/// <summary>A data package the gazetteer was generated from, with the licence and attribution its data requires.</summary>
public sealed record GazetteerSource(string Package, string Version, string License, string Content, string Attribution);
