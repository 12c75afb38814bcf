using Xunit.Abstractions;
using Xunit.Sdk;

namespace ArticleReader.Tests.Infrastructure;

/// <summary>
/// Marks a test class that runs its (inherited) tests on PostgreSQL: its <see cref="ProviderFactAttribute"/> and
/// <see cref="ProviderTheoryAttribute"/> tests are skipped with <see cref="PostgresTestServer.SkipReason"/> when no
/// server is configured.
/// </summary>
public interface IRunsOnPostgres;

/// <summary>
/// A test of behaviour that every database provider must have. xunit 2 has no dynamic skip and an inherited test keeps
/// its attribute, so the discoverer decides by the class the test runs in (see <see cref="IRunsOnPostgres"/>).
/// </summary>
[XunitTestCaseDiscoverer("ArticleReader.Tests.Infrastructure.ProviderFactDiscoverer", "ArticleReader.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ProviderFactAttribute : FactAttribute;

/// <summary>The theory form of <see cref="ProviderFactAttribute"/> (its data rows must be serializable).</summary>
[XunitTestCaseDiscoverer("ArticleReader.Tests.Infrastructure.ProviderTheoryDiscoverer", "ArticleReader.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ProviderTheoryAttribute : TheoryAttribute;

public sealed class ProviderFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    protected override IXunitTestCase CreateTestCase(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        new ProviderTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
}

public sealed class ProviderTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    protected override IEnumerable<IXunitTestCase> CreateTestCasesForDataRow(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute, object[] dataRow) =>
        [new ProviderTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, dataRow)];
}

/// <summary>A test case skipped on PostgreSQL when there is no server; the reason is worked out again after deserialization.</summary>
public sealed class ProviderTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer only.")]
    public ProviderTestCase()
    {
    }

    public ProviderTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod, object[]? arguments = null)
        : base(diagnosticMessageSink, display, options, testMethod, arguments)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        base.GetSkipReason(factAttribute)
        ?? (typeof(IRunsOnPostgres).IsAssignableFrom(TestMethod.TestClass.Class.ToRuntimeType()) ? PostgresTestServer.SkipReason : null)!;
}
