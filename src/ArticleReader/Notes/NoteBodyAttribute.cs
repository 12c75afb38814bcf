using System.ComponentModel.DataAnnotations;

namespace ArticleReader.Notes;

/// <summary>A note or reply body that <see cref="NoteBodyRenderer.Problem"/> accepts; its reason is the form error otherwise.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NoteBodyAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is string body && validationContext.GetService(typeof(NoteBodyRenderer)) is NoteBodyRenderer renderer
            && renderer.Problem(body) is { } problem
            ? new ValidationResult(problem, validationContext.MemberName is { } member ? [member] : null)
            : ValidationResult.Success;
}
