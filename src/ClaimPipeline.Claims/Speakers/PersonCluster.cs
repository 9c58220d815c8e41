using ClaimPipeline.Nlp.Entities;

namespace ClaimPipeline.Claims.Speakers;

/// <summary>All the ways an article names one person ("Zabihullah Mujahid", "Mujahid"), under the fullest one.</summary>
internal sealed class PersonCluster(string fullName, string[] words)
{
    public string FullName { get; } = fullName;
    public string[] Words { get; } = words;
    public Gender Gender { get; set; }
    public string? Role { get; set; }

    /// <summary>True when every word of <paramref name="name"/> is one of this cluster's words, and the last ones agree.</summary>
    public bool Covers(string[] name)
    {
        if (name.Length > Words.Length) return false;
        foreach (var word in name)
            if (Array.IndexOf(Words, word) < 0) return false;
        return name.Length == Words.Length || name[^1] == Words[^1] || name.Length == 1;
    }
}
