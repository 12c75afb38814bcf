using ArticleReader.Ingestion.Relations;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ArticleReader.Data;

/// <summary>
/// Articles, their structure and readers' notes, with the Identity tables of the readers' accounts, in one database.
/// This is the SQLite context; <see cref="PostgresReaderDbContext"/> is the same model on PostgreSQL, a type of its
/// own so that each provider has its own migrations and model snapshot.
/// </summary>
public class ReaderDbContext : IdentityDbContext<ReaderUser>
{
    public ReaderDbContext(DbContextOptions<ReaderDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's own context, whose options are typed by it.</summary>
    protected ReaderDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<ArticleAuthor> ArticleAuthors => Set<ArticleAuthor>();

    public DbSet<Section> Sections => Set<Section>();

    public DbSet<Paragraph> Paragraphs => Set<Paragraph>();

    public DbSet<Sentence> Sentences => Set<Sentence>();

    public DbSet<BoilerplateBlock> BoilerplateBlocks => Set<BoilerplateBlock>();

    public DbSet<EntityRecord> Entities => Set<EntityRecord>();

    public DbSet<MentionRecord> Mentions => Set<MentionRecord>();

    public DbSet<ClaimRecord> Claims => Set<ClaimRecord>();

    public DbSet<FlagRecord> Flags => Set<FlagRecord>();

    public DbSet<RelationRecord> Relations => Set<RelationRecord>();

    public DbSet<MarginNote> Notes => Set<MarginNote>();

    public DbSet<ArticleListing> Listings => Set<ArticleListing>();

    public DbSet<IngestJob> IngestJobs => Set<IngestJob>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the database stays readable and survives reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        ConfigureReadersRows(modelBuilder);
        ConfigureArticleRows(modelBuilder);
        ConfigureStructureRows(modelBuilder);
    }

    /// <summary>What readers own: accounts, notes, listings of their articles and the jobs that ingest them.</summary>
    private static void ConfigureReadersRows(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReaderUser>().Property(u => u.DisplayName).HasMaxLength(100);
        modelBuilder.Entity<MarginNote>(note =>
        {
            note.ToTable("Notes");
            note.HasIndex(n => new { n.Slug, n.AnchorStatus });
            note.Property(n => n.Slug).HasMaxLength(100);
            note.Property(n => n.Body).HasMaxLength(MarginNote.MaxBodyLength);
            note.Ignore(n => n.Span);
            // Notes outlive revisions: an article revision is never deleted while notes point at it.
            note.HasOne<Article>().WithMany().HasForeignKey(n => n.ArticleId).OnDelete(DeleteBehavior.Restrict);
            note.HasOne(n => n.Author).WithMany().HasForeignKey(n => n.AuthorId).OnDelete(DeleteBehavior.Cascade);
            // A thread goes with its first note.
            note.HasMany(n => n.Replies).WithOne(n => n.Parent).HasForeignKey(n => n.ParentId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ArticleListing>(listing =>
        {
            listing.ToTable("Listings");
            listing.HasKey(l => l.Slug);
            listing.Property(l => l.Slug).HasMaxLength(100);
            listing.Property(l => l.Title).HasMaxLength(ArticleListing.MaxTitleLength);
            listing.Property(l => l.SourceUrl).HasMaxLength(2048);
            listing.HasIndex(l => new { l.OwnerId, l.ArchivedAt });
            listing.HasIndex(l => new { l.Visibility, l.Hidden, l.ArchivedAt });
            // An account's deletion leaves its articles to the site rather than deleting what others annotated.
            listing.HasOne(l => l.Owner).WithMany().HasForeignKey(l => l.OwnerId).OnDelete(DeleteBehavior.SetNull);
        });

        modelBuilder.Entity<IngestJob>(job =>
        {
            job.ToTable("IngestJobs");
            job.HasIndex(j => new { j.Status, j.Id });
            job.HasIndex(j => new { j.Slug, j.Id });
            job.HasIndex(j => new { j.OwnerId, j.Id });
            job.Property(j => j.Slug).HasMaxLength(100);
            job.Property(j => j.SourceName).HasMaxLength(260);
            job.Property(j => j.Error).HasMaxLength(IngestJob.MaxErrorLength);
            job.Property(j => j.ClaimedBy).HasMaxLength(100);
            job.HasOne<ReaderUser>().WithMany().HasForeignKey(j => j.OwnerId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    /// <summary>An article revision and everything ingestion derived from it, deleted with it.</summary>
    private static void ConfigureArticleRows(ModelBuilder modelBuilder)
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
            article.HasMany(a => a.Entities).WithOne().HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.Cascade);
            article.HasMany(a => a.Mentions).WithOne().HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.Cascade);
            article.HasMany(a => a.Claims).WithOne().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
            article.HasMany(a => a.Flags).WithOne().HasForeignKey(f => f.ArticleId).OnDelete(DeleteBehavior.Cascade);
            article.HasMany(a => a.Relations).WithOne().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<RelationRecord>(relation =>
        {
            relation.ToTable("Relations");
            relation.HasIndex(r => r.ArticleId);
            // By name, as enums are stored: a kind added to the ingestion's relation-kinds.tsv needs no migration.
            relation.Property(r => r.Kind).HasConversion(k => k.Name, name => RelationKind.FromName(name)).HasMaxLength(32);
        });

        modelBuilder.Entity<FlagRecord>(flag =>
        {
            flag.ToTable("Flags");
            flag.HasIndex(f => new { f.ArticleId, f.Key }).IsUnique();
            flag.Property(f => f.Key).HasMaxLength(16);
        });

        modelBuilder.Entity<EntityRecord>(entity =>
        {
            entity.ToTable("Entities");
            entity.HasIndex(e => new { e.ArticleId, e.Key }).IsUnique();
            entity.Property(e => e.Key).HasMaxLength(100);
            entity.HasMany(e => e.Mentions).WithOne().HasForeignKey(m => m.EntityId).OnDelete(DeleteBehavior.NoAction);
        });

        modelBuilder.Entity<MentionRecord>(mention =>
        {
            mention.ToTable("Mentions");
            mention.HasIndex(m => new { m.ArticleId, m.Start });
        });

        modelBuilder.Entity<ClaimRecord>(claim =>
        {
            claim.ToTable("Claims");
            claim.HasIndex(c => new { c.ArticleId, c.Key }).IsUnique();
            claim.Property(c => c.Key).HasMaxLength(16);
            claim.HasOne(c => c.Sentence).WithMany().HasForeignKey(c => c.SentenceId).OnDelete(DeleteBehavior.NoAction);
            claim.HasMany(c => c.Hedges).WithOne().HasForeignKey(h => h.ClaimId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    /// <summary>Sections, paragraphs and sentences, each in its parent's order.</summary>
    private static void ConfigureStructureRows(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Section>().HasMany(s => s.Paragraphs).WithOne().HasForeignKey(p => p.SectionId).OnDelete(DeleteBehavior.Cascade);
        modelBuilder.Entity<Paragraph>(paragraph =>
        {
            paragraph.HasIndex(p => new { p.SectionId, p.Position }).IsUnique();
            paragraph.HasMany(p => p.Sentences).WithOne().HasForeignKey(s => s.ParagraphId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Sentence>().HasIndex(s => new { s.ParagraphId, s.Position }).IsUnique();
    }
}
