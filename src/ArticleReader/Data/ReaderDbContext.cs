using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Data;

public sealed class ReaderDbContext(DbContextOptions<ReaderDbContext> options) : DbContext(options)
{
    public DbSet<Article> Articles => Set<Article>();

    public DbSet<ArticleAuthor> ArticleAuthors => Set<ArticleAuthor>();

    public DbSet<Section> Sections => Set<Section>();

    public DbSet<Paragraph> Paragraphs => Set<Paragraph>();

    public DbSet<Sentence> Sentences => Set<Sentence>();

    public DbSet<BoilerplateBlock> BoilerplateBlocks => Set<BoilerplateBlock>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the database stays readable and survives reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Article>(article =>
        {
            article.HasIndex(a => new { a.Slug, a.Revision }).IsUnique();
            article.HasIndex(a => a.Sha256);
            article.Property(a => a.Slug).HasMaxLength(100);
            article.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength();
            article.HasMany(a => a.Authors).WithOne().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
            article.HasMany(a => a.Sections).WithOne().HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
            article.HasMany(a => a.Boilerplate).WithOne().HasForeignKey(b => b.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Section>().HasMany(s => s.Paragraphs).WithOne().HasForeignKey(p => p.SectionId).OnDelete(DeleteBehavior.Cascade);
        modelBuilder.Entity<Paragraph>(paragraph =>
        {
            paragraph.HasIndex(p => new { p.SectionId, p.Position }).IsUnique();
            paragraph.HasMany(p => p.Sentences).WithOne().HasForeignKey(s => s.ParagraphId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Sentence>().HasIndex(s => new { s.ParagraphId, s.Position }).IsUnique();
    }
}
