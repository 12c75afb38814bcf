using System.Collections.Frozen;

namespace ArticleReader.Ingestion.Claims;

/// <summary>The words and phrases the claim detector weighs: cues of English usage, not of any one article.</summary>
internal static class ClaimCues
{
    /// <summary>Past-tense verbs of things that happen and can be checked.</summary>
    public static readonly FrozenSet<string> EventVerbs = Set(
        "visited", "met", "signed", "sold", "bought", "purchased", "launched", "conducted", "destroyed", "regained", "captured",
        "seized", "flew", "attacked", "invaded", "killed", "fired", "invited", "accompanied", "established", "founded", "created",
        "opened", "closed", "held", "hosted", "attended", "started", "began", "ended", "agreed", "approved", "rejected", "imposed",
        "banned", "lifted", "won", "lost", "elected", "appointed", "resigned", "built", "completed", "sent", "deployed", "supplied",
        "delivered", "produced", "tested", "increased", "decreased", "rose", "fell", "doubled", "announced", "introduced", "passed",
        "adopted", "ratified", "withdrew", "arrived", "returned", "joined", "left", "graduated", "worked", "defended", "published",
        "released", "filled", "suspended", "resumed", "blocked", "granted", "paid", "raised", "cut", "expanded", "negotiated",
        "discussed", "came", "gave", "voiced", "mentioned", "underlined", "proposed", "criticized", "criticised", "condemned",
        "warned", "threatened", "accused", "sanctioned", "restricted", "exported", "imported", "shipped", "ordered", "acquired",
        "invested", "funded", "lent", "borrowed", "reached", "crossed", "entered", "occupied", "controlled", "liberated", "marked",
        "made", "took", "went", "led", "spent", "saw", "struck", "drew", "broke", "chose", "ran", "grew", "won", "hit", "shot",
        "built", "met", "fought", "sank", "stole", "bid", "followed", "showed", "designed", "accounted", "revoked",
        "answered", "tightened", "endorsed", "thanked", "described", "financed", "generating", "leaked");

    /// <summary>Verbs that report what someone says or holds.</summary>
    public static readonly FrozenSet<string> ReportingVerbs = Set(
        "said", "says", "stated", "states", "told", "claimed", "claims", "announced", "voiced", "mentioned", "underlined",
        "stressed", "insisted", "argued", "argues", "added", "noted", "reported", "reports", "confirmed", "denied", "admitted",
        "declared", "warned", "wrote", "writes", "estimated", "estimates", "acknowledged", "revealed", "disclosed", "testified");

    /// <summary>Single words that hedge a claim.</summary>
    public static readonly FrozenSet<string> HedgeWords = Set(
        "reportedly", "allegedly", "presumably", "supposedly", "apparently", "purportedly", "reputedly", "ostensibly", "seemingly",
        "possibly", "probably", "likely", "unconfirmed", "unverified", "rumoured", "rumored", "alleged");

    /// <summary>Words that mark judgement, speculation or prescription rather than fact.</summary>
    public static readonly FrozenSet<string> OpinionWords = Set(
        "should", "must", "ought", "would", "could", "might", "may", "can", "cannot", "perhaps", "maybe", "doubt", "believe",
        "think", "naive", "naïve", "obvious", "obviously", "clearly", "surely", "sure", "inevitable", "important", "problem",
        "realities", "pragmatic", "pragmatism", "ambiguous", "unique", "uniqueness", "unnatural", "foggy", "realistic", "hope",
        "rationale", "perspectives", "perspective", "trends", "implications", "problematics", "dynamics", "threats", "risks",
        "danger", "interests", "considerably", "considerable", "positive", "negative", "extremely", "hardly", "anticipate",
        "expected", "sometimes", "always", "never", "nobody", "everybody", "everyone", "essentially", "arguably", "too", "minor",
        "major", "obvious");

    /// <summary>Phrases that start analysis, framing or definition.</summary>
    public static readonly string[] AnalysisOpeners =
    [
        "in other words", "in short", "there is no doubt", "of course", "bearing in mind", "it is that", "is defined as",
        "one thing", "it would be", "there are number of", "there are a number of", "time will show", "so far", "these are",
        "it is not only", "it is very early", "the ultimate problem", "on the other side", "what is going on",
    ];

    /// <summary>Phrases that say whose view a sentence reports ("there is a strong opinion among Azerbaijani officials that").</summary>
    public static readonly string[] AttributedViewPhrases = [" opinion among ", " view among ", " believe that ", " believes that ", " argue that ", " argues that ", " consider that ", " considers that ", " insist that ", " insists that "];

    /// <summary>Phrases that relate actors to each other.</summary>
    public static readonly string[] RelationPhrases =
    [
        " ally of ", " allies of ", " member of ", " members of ", " partner of ", " partners of ", " part of ",
        " controlled by ", " is controlled ", " recognized territory of ", " neighbour of ", " neighbor of ", " linked to ",
        " allied with ", " hostile to ", " cooperates with ", " subsidiary of ", " owned by ", " co-founder of ",
        " founder of ", " faced by ", " supplier of ", " guarantor",
    ];

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
