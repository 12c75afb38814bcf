// Trains one extraction model from the public training data and writes its weights where the ingestion library loads them.
// Each model's command lives in a file of its own; this only dispatches.
const string usage = "usage: training <model> [options]";

switch (args)
{
    case ["ner", .. var rest]:
        return ArticleReader.Training.NerTraining.Run(rest);
    case ["claims", .. var options]:
        return ArticleReader.Training.ClaimTraining.Run(options);
    default:
        Console.Error.WriteLine(args.Length == 0 ? usage : $"training: unknown model '{args[0]}' ({usage})");
        return 2;
}
