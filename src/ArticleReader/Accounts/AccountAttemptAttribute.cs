namespace ArticleReader.Accounts;

/// <summary>Marks the sign-in and sign-up pages, whose POSTs count against the client's attempt limit.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AccountAttemptAttribute : Attribute;
