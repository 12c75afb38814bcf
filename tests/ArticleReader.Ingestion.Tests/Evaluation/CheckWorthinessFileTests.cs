using ArticleReader.Ingestion.Evaluation;

namespace ArticleReader.Ingestion.Tests.Evaluation;

public sealed class CheckWorthinessFileTests
{
    private const string Header = "Sentence_id\tText\tclass_label";

    [Fact]
    public void Rows_are_read_with_quoted_fields_and_either_line_ending()
    {
        var data = Read($"{Header}\r\n26\t\"You know, I saw a movie - \"\"Crocodile Dundee.\"\"\"\tNo\r\n80\tWe're consuming 50 percent of the world's cocaine.\tYes\r\n");

        Assert.Empty(data.Problems);
        Assert.Equal(
            [
                new JudgedSentence("26", "You know, I saw a movie - \"Crocodile Dundee.\"", false, 2),
                new JudgedSentence("80", "We're consuming 50 percent of the world's cocaine.", true, 3),
            ],
            data.Sentences);
    }

    [Fact]
    public void A_label_run_into_the_next_row_is_reported_and_the_rows_after_it_are_read()
    {
        var data = Read($"{Header}\n1\tFirst.\tYes\n2\tWe've got to invest.\tNo3\tYou can't bring back jobs.\tNo\n4\tFourth.\tNo\n");

        Assert.Equal(["1", "4"], data.Sentences.Select(s => s.Id));
        Assert.Equal("test.tsv line 3: 5 fields instead of 3 (skipped)", Assert.Single(data.Problems));
    }

    [Fact]
    public void An_unknown_label_or_an_empty_text_is_reported()
    {
        var data = Read($"{Header}\n1\tFirst.\tMaybe\n2\t \tNo\n3\tThird.\tNo\n");

        Assert.Equal(["3"], data.Sentences.Select(s => s.Id));
        Assert.Equal(
            ["test.tsv line 2: sentence 1 has the label \"Maybe\", not Yes or No (skipped)", "test.tsv line 3: sentence 2 has no text (skipped)"],
            data.Problems);
    }

    [Fact]
    public void A_file_without_the_header_or_missing_is_refused()
    {
        Assert.Contains("header", Assert.Throws<IngestionException>(() => Read("1\tFirst.\tYes\n")).Message, StringComparison.Ordinal);
        Assert.Contains("no such file", Assert.Throws<IngestionException>(() => CheckWorthinessFile.Read("/nonexistent/dev.tsv")).Message, StringComparison.Ordinal);
    }

    private static CheckWorthinessData Read(string text)
    {
        using var reader = new StringReader(text);
        return CheckWorthinessFile.Read(reader, "test.tsv");
    }
}
