using System.Text;
using System.Text.Encodings.Web;
using ArticleReader.Data;
using ArticleReader.Ingestion.Entities;
using ArticleReader.Ingestion.Relations;
using Microsoft.AspNetCore.Html;

namespace ArticleReader.Pages.Articles;

/// <summary>An actor of the map: an entity with its place in the drawing.</summary>
public sealed record ActorNode(EntityRecord Entity, int Degree, double X, double Y);

/// <summary>One line of the map: every relation of one kind from one actor to another, with the claims that state it.</summary>
public sealed record ActorEdge(ActorNode Subject, RelationKind Kind, ActorNode Object, IReadOnlyList<ClaimRecord> Claims);

/// <summary>
/// The article's actors (people, organizations and places in at least one relation) and the relations between them,
/// laid out without randomness: the most connected actor in the middle, the others on a circle by degree, then key.
/// </summary>
public sealed class ActorMap
{
    private const double Width = 960;
    private const double Height = 700;
    private const double Radius = 270;
    private const double NodeRadius = 11;

    /// <summary>How far apart parallel edges between the same two actors bend.</summary>
    private const double ParallelGap = 44;

    /// <summary>How far along the curve (0 to 1) the labels of parallel edges move apart, so they do not sit side by side.</summary>
    private const double LabelStagger = 0.22;

    /// <summary>How far beside its edge a label's nearer edge sits, so the line never runs through the words.</summary>
    private const double LabelGap = 5;

    /// <summary>The edge labels' font size and average character width (charts.css: 10 px sans-serif), for the boxes labels must not share.</summary>
    private const double LabelHeight = 10;

    private const double LabelCharWidth = 5.4;

    /// <summary>The same for actor names (12 px).</summary>
    private const double NameHeight = 12;

    private const double NameCharWidth = 6.6;

    /// <summary>Where along its curve a label may go when the middle is taken, nearest the middle first.</summary>
    private static readonly double[] LabelShifts = [0, -0.12, 0.12, -0.22, 0.22, -0.3, 0.3];

    private ActorMap(IReadOnlyList<ActorNode> nodes, IReadOnlyList<ActorEdge> edges, IReadOnlyList<(RelationRecord Relation, ClaimRecord? Claim)> relations)
    {
        Nodes = nodes;
        Edges = edges;
        Relations = relations;
    }

    public IReadOnlyList<ActorNode> Nodes { get; }

    public IReadOnlyList<ActorEdge> Edges { get; }

    /// <summary>Every stored relation between two actors, in the order of the claims that state them (for the table).</summary>
    public IReadOnlyList<(RelationRecord Relation, ClaimRecord? Claim)> Relations { get; }

    public static bool IsActor(EntityType type) => type is EntityType.Person or EntityType.Org or EntityType.Place;

    public static ActorMap For(AnnotatedArticle article)
    {
        var relations = article.Revision.Relations
            .Where(r => article.Entity(r.SubjectKey) is { } s && IsActor(s.Type) && article.Entity(r.ObjectKey) is { } o && IsActor(o.Type))
            .Select(r => (Relation: r, Claim: article.Claim(r.ClaimKey)))
            .OrderBy(r => r.Claim?.Position ?? int.MaxValue)
            .ThenBy(r => r.Relation.EvidenceStart)
            .ThenBy(r => r.Relation.SubjectKey, StringComparer.Ordinal)
            .ThenBy(r => r.Relation.ObjectKey, StringComparer.Ordinal)
            .ToList();
        var groups = relations
            .GroupBy(r => (r.Relation.SubjectKey, r.Relation.Kind, r.Relation.ObjectKey))
            .ToList();

        var degrees = groups
            .SelectMany(g => new[] { g.Key.SubjectKey, g.Key.ObjectKey })
            .GroupBy(k => k, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Degree: g.Count()))
            .OrderByDescending(d => d.Degree)
            .ThenBy(d => d.Key, StringComparer.Ordinal)
            .ToList();

        var nodes = new Dictionary<string, ActorNode>(StringComparer.Ordinal);
        // A hub in the middle keeps its many edges short and apart; with three actors or fewer a circle is clearer.
        var hub = degrees.Count > 3 ? 1 : 0;
        var ring = degrees.Count - hub;
        for (var i = 0; i < degrees.Count; i++)
        {
            var (key, degree) = degrees[i];
            var (x, y) = i < hub ? (Width / 2, Height / 2) : OnCircle(i - hub, ring);
            nodes[key] = new ActorNode(article.Entity(key)!, degree, x, y);
        }

        var edges = groups
            .Select(g => new ActorEdge(
                nodes[g.Key.SubjectKey],
                g.Key.Kind,
                nodes[g.Key.ObjectKey],
                [.. g.Select(r => r.Claim).OfType<ClaimRecord>().DistinctBy(c => c.Key)]))
            .ToList();
        return new ActorMap([.. nodes.Values], edges, relations);
    }

    private static (double X, double Y) OnCircle(int index, int count)
    {
        var angle = (-Math.PI / 2) + (2 * Math.PI * index / count);
        return ((Width / 2) + (Radius * Math.Cos(angle)), (Height / 2) + (Radius * Math.Sin(angle)));
    }

    /// <summary>
    /// The SVG drawing, its text encoded with <paramref name="encoder"/>: a labelled group, not an image, so its links
    /// stay reachable by assistive technology (see <see cref="TimelineChart.Svg"/>).
    /// </summary>
    public IHtmlContent Svg(string slug, HtmlEncoder encoder)
    {
        if (Nodes.Count == 0)
        {
            return HtmlString.Empty;
        }

        var n = SvgNumbers.Format;
        var svg = new StringBuilder()
            .Append($"<svg class=\"actor-map\" role=\"group\" aria-labelledby=\"actors-svg-title\" aria-describedby=\"actors-svg-desc\" viewBox=\"0 0 {n(Width)} {n(Height)}\" width=\"{n(Width)}\" height=\"{n(Height)}\" xmlns=\"http://www.w3.org/2000/svg\">")
            .Append("<title id=\"actors-svg-title\">Actor map: who does what to whom in the article</title>")
            .Append($"<desc id=\"actors-svg-desc\">{Nodes.Count} actors and {Edges.Count} relations between them; the table below lists the same relations. ")
            .Append("Circles are places, diamonds people, squares organizations; arrows point from the actor who acts to the one acted on.</desc>")
            .Append("<defs><marker id=\"arrow\" class=\"arrowhead\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0 0L10 5 0 10z\"/></marker></defs>");

        // Edges first, so nodes and their labels are drawn over them. Each edge has one label, beside the line, where
        // it overlaps no other label and no actor (or, failing that, where it overlaps least).
        var parallel = Edges.ToLookup(e => PairKey(e), StringComparer.Ordinal);
        var taken = Nodes.Select(node => new Box(node.X - NodeRadius - 2, node.Y - NodeRadius - 2, node.X + NodeRadius + 2, node.Y + NodeRadius + 2))
            .Concat(Nodes.Select(NameBox))
            .ToList();
        foreach (var edge in Edges)
        {
            var siblings = parallel[PairKey(edge)].ToList();
            var rank = siblings.IndexOf(edge) - ((siblings.Count - 1) / 2.0);
            WriteEdge(svg, slug, encoder, edge, rank * ParallelGap, 0.5 + (rank * LabelStagger), taken);
        }

        foreach (var node in Nodes)
        {
            WriteNode(svg, slug, encoder, node);
        }

        return new HtmlString(svg.Append("</svg>").ToString());
    }

    private static string PairKey(ActorEdge edge) =>
        string.CompareOrdinal(edge.Subject.Entity.Key, edge.Object.Entity.Key) < 0
            ? edge.Subject.Entity.Key + "|" + edge.Object.Entity.Key
            : edge.Object.Entity.Key + "|" + edge.Subject.Entity.Key;

    /// <summary>A label's or an actor's box in chart coordinates.</summary>
    private sealed record Box(double Left, double Top, double Right, double Bottom)
    {
        public double Overlap(Box other) =>
            Math.Max(0, Math.Min(Right, other.Right) - Math.Max(Left, other.Left)) * Math.Max(0, Math.Min(Bottom, other.Bottom) - Math.Max(Top, other.Top));
    }

    private static void WriteEdge(StringBuilder svg, string slug, HtmlEncoder encoder, ActorEdge edge, double offset, double labelAt, List<Box> taken)
    {
        var n = SvgNumbers.Format;
        var (from, to) = (edge.Subject, edge.Object);

        // The bend is measured against the pair in key order, so edges in both directions between two actors fan out
        // to different sides instead of overlapping.
        var forward = string.CompareOrdinal(from.Entity.Key, to.Entity.Key) < 0;
        var (ax, ay, bx, by) = forward ? (from.X, from.Y, to.X, to.Y) : (to.X, to.Y, from.X, from.Y);
        var length = Math.Max(Math.Sqrt(((bx - ax) * (bx - ax)) + ((by - ay) * (by - ay))), 1);
        var (normalX, normalY) = (-(by - ay) / length, (bx - ax) / length);
        var (midX, midY) = ((from.X + to.X) / 2, (from.Y + to.Y) / 2);

        // A quadratic curve passes half way to its control point, so the control sits at twice the offset.
        var (controlX, controlY) = (midX + (normalX * offset * 2), midY + (normalY * offset * 2));
        var (startX, startY) = Toward(from.X, from.Y, controlX, controlY, NodeRadius + 2);
        var (endX, endY) = Toward(to.X, to.Y, controlX, controlY, NodeRadius + 3);
        var words = edge.Kind.Label;
        var (labelX, labelY) = PlaceLabel(words, (from.X, from.Y), (controlX, controlY), (to.X, to.Y), forward ? labelAt : 1 - labelAt, offset >= 0 ? 1 : -1, taken);
        var first = edge.Claims.Count > 0 ? ArticleLinks.ClaimInArticle(slug, edge.Claims[0].Key) : ArticleLinks.Article(slug);
        var claims = string.Join(", ", edge.Claims.Select(c => AnnotatedArticle.FootnoteNumber(c)));
        var kind = edge.Kind.ToString();
        svg.Append($"<g class=\"edge edge-{encoder.Encode(kind)}\" data-subject=\"{encoder.Encode(from.Entity.Key)}\" data-kind=\"{encoder.Encode(kind)}\" data-object=\"{encoder.Encode(to.Entity.Key)}\">")
            .Append($"<a href=\"{encoder.Encode(first)}\"><title>{encoder.Encode(from.Entity.Name)} {words} {encoder.Encode(to.Entity.Name)} (claim {claims})</title>")
            .Append($"<path d=\"M{n(startX)} {n(startY)}Q{n(controlX)} {n(controlY)} {n(endX)} {n(endY)}\"{(edge.Kind.BothWays ? "" : " marker-end=\"url(#arrow)\"")}/>")
            .Append($"<text class=\"edge-label\" x=\"{n(labelX)}\" y=\"{n(labelY)}\">{words}</text></a></g>");
    }

    /// <summary>
    /// The baseline centre of an edge's label: beside the curve (on the side it bends to), at the first place along it
    /// whose box overlaps nothing already placed, or else the place that overlaps least. The box is then taken.
    /// </summary>
    private static (double X, double Y) PlaceLabel(
        string words, (double X, double Y) from, (double X, double Y) control, (double X, double Y) to, double at, int side, List<Box> taken)
    {
        var width = words.Length * LabelCharWidth;
        (double X, double Y, Box Box, double Overlap) best = (0, 0, new Box(0, 0, 0, 0), double.MaxValue);
        foreach (var shift in LabelShifts)
        {
            foreach (var away in new[] { side, -side })
            {
                var t = Math.Clamp(at + shift, 0.15, 0.85);
                var (x, y) = OnCurve(from.X, from.Y, control.X, control.Y, to.X, to.Y, t);
                var (nx, ny) = Normal(from, control, to, t);

                // Pushed out along the normal until the whole box clears the line.
                var reach = LabelGap + (Math.Abs(nx) * width / 2) + (Math.Abs(ny) * LabelHeight / 2);
                var (cx, cy) = (x + (nx * reach * away), y + (ny * reach * away));
                var box = new Box(cx - (width / 2), cy - (LabelHeight / 2), cx + (width / 2), cy + (LabelHeight / 2));
                var overlap = taken.Sum(b => b.Overlap(box));
                if (overlap < best.Overlap)
                {
                    best = (cx, cy + (LabelHeight / 2) - 2, box, overlap);
                }

                if (overlap == 0)
                {
                    taken.Add(box);
                    return (best.X, best.Y);
                }
            }
        }

        taken.Add(best.Box);
        return (best.X, best.Y);
    }

    /// <summary>The unit normal of the quadratic curve at <paramref name="t"/>.</summary>
    private static (double X, double Y) Normal((double X, double Y) from, (double X, double Y) control, (double X, double Y) to, double t)
    {
        var dx = (2 * (1 - t) * (control.X - from.X)) + (2 * t * (to.X - control.X));
        var dy = (2 * (1 - t) * (control.Y - from.Y)) + (2 * t * (to.Y - control.Y));
        var length = Math.Max(Math.Sqrt((dx * dx) + (dy * dy)), 1e-9);
        return (-dy / length, dx / length);
    }

    private static (double X, double Y) OnCurve(double x0, double y0, double cx, double cy, double x1, double y1, double t) =>
        ((((1 - t) * (1 - t)) * x0) + (2 * t * (1 - t) * cx) + (t * t * x1), (((1 - t) * (1 - t)) * y0) + (2 * t * (1 - t) * cy) + (t * t * y1));

    private static (double X, double Y) Toward(double x, double y, double towardX, double towardY, double distance)
    {
        var length = Math.Max(Math.Sqrt(((towardX - x) * (towardX - x)) + ((towardY - y) * (towardY - y))), 1);
        return (x + ((towardX - x) / length * distance), y + ((towardY - y) / length * distance));
    }

    /// <summary>Where an actor's name goes: outside the ring, on the side away from the centre, so it does not cover the edges.</summary>
    private static (double X, double Y, string Anchor) NameAt(ActorNode node)
    {
        var (x, y, r) = (node.X, node.Y, NodeRadius);
        var (dx, dy) = (x - (Width / 2), y - (Height / 2));
        var anchor = Math.Abs(dx) < 1 ? "middle" : dx > 0 ? "start" : "end";
        return anchor == "middle"
            ? (x, dy < 0 ? y - r - 8 : y + r + 16, anchor)
            : (x + (Math.Sign(dx) * (r + 6)), y + 4 + (Math.Sign(dy) * 4), anchor);
    }

    private static Box NameBox(ActorNode node)
    {
        var (x, y, anchor) = NameAt(node);
        var width = node.Entity.Name.Length * NameCharWidth;
        var left = anchor switch
        {
            "middle" => x - (width / 2),
            "start" => x,
            _ => x - width,
        };
        return new Box(left, y - NameHeight + 2, left + width, y + 2);
    }

    private static void WriteNode(StringBuilder svg, string slug, HtmlEncoder encoder, ActorNode node)
    {
        var n = SvgNumbers.Format;
        var (x, y, r) = (node.X, node.Y, NodeRadius);
        var type = node.Entity.Type switch
        {
            EntityType.Person => "person",
            EntityType.Org => "org",
            _ => "place",
        };
        var shape = node.Entity.Type switch
        {
            EntityType.Person => $"<path d=\"M{n(x)} {n(y - r - 2)}l{n(r + 2)} {n(r + 2)}-{n(r + 2)} {n(r + 2)}-{n(r + 2)}-{n(r + 2)}z\"/>",
            EntityType.Org => $"<rect x=\"{n(x - r + 1)}\" y=\"{n(y - r + 1)}\" width=\"{n((2 * r) - 2)}\" height=\"{n((2 * r) - 2)}\"/>",
            _ => $"<circle cx=\"{n(x)}\" cy=\"{n(y)}\" r=\"{n(r)}\"/>",
        };

        var (labelX, labelY, anchor) = NameAt(node);
        svg.Append($"<a class=\"actor actor-{type}\" href=\"{encoder.Encode(ArticleLinks.Entity(slug, node.Entity.Key))}\" data-key=\"{encoder.Encode(node.Entity.Key)}\">")
            .Append($"<title>{encoder.Encode(node.Entity.Name)} ({EntityFacts.TypeName(node.Entity.Type)}, {node.Degree} relation{(node.Degree == 1 ? "" : "s")})</title>")
            .Append(shape)
            .Append($"<text class=\"actor-label anchor-{anchor}\" x=\"{n(labelX)}\" y=\"{n(labelY)}\">{encoder.Encode(node.Entity.Name)}</text></a>");
    }
}
