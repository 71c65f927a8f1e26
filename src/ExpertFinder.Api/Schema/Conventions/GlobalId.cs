using System.Buffers.Text;
using System.Text;
using GraphQL;

namespace ExpertFinder.Api.Schema.Conventions;

/// <summary>
/// Opaque global IDs (Relay's Node): the type name and the entity's stable key, base64url-encoded. Keys never
/// change, so an ID stays valid across re-imports; database row numbers would not.
/// </summary>
public static class GlobalId
{
    public const string InvalidCode = "INVALID_ID";

    public static string Encode(string typeName, string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(typeName + ":" + key));

    /// <summary>The type name and key behind an ID, or null when the text is not an ID this API issued.</summary>
    public static (string TypeName, string Key)? TryDecode(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 1024)
        {
            return null;
        }
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(id);
        }
        catch (FormatException)
        {
            return null;
        }
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        if (!StorableText.IsStorable(text))
        {
            // No key holds it, and PostgreSQL would refuse to look for it.
            return null;
        }
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0 || colon == text.Length - 1 ? null : (text[..colon], text[(colon + 1)..]);
    }

    /// <summary>The key behind an ID that must be of <paramref name="typeName"/>; a coded error otherwise.</summary>
    public static string KeyOf(string typeName, string? id, string argument = "id") =>
        TryDecode(id) is { } decoded && decoded.TypeName == typeName
            ? decoded.Key
            : throw new ExecutionError($"'{argument}' is not the ID of a {typeName}") { Code = InvalidCode };
}
