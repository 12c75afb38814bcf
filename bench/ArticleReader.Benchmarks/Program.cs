using ArticleReader.Benchmarks;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// "throughput" prints the seed's end-to-end time and the tagger's WordPieces per second with a stopwatch.
if (args is ["throughput"])
{
    return TaggerThroughput.Run();
}

// A short job keeps a full run to a few minutes on a 2-core machine; pass BenchmarkDotNet's own
// arguments (for example --filter *Ingestion*) to choose benchmarks.
var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithId("short"));
BenchmarkSwitcher.FromAssembly(typeof(IngestionBenchmarks).Assembly).Run(args, config);
return 0;
