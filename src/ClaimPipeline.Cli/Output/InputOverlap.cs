using ClaimPipeline.Cli.Posix;

namespace ClaimPipeline.Cli.Output;

/// <summary>
/// Refuses an output that is one of the inputs, before anything is read: writing it would destroy the articles
/// it is made from. Files are compared by identity (device and inode), so another spelling, a symbolic link or a
/// hard link to an input is caught too. An output in an input folder is fine unless the folder would read it: a
/// .txt or .jsonl name there is refused even before it exists, since the next run would read it as articles.
/// </summary>
public static class InputOverlap
{
    /// <summary>Standard input's file (Linux); where it does not exist, "-" is not checked.</summary>
    private const string StandardInputPath = "/proc/self/fd/0";

    /// <param name="path">The -o argument as given.</param>
    /// <param name="target">Its full path, links followed.</param>
    /// <param name="status">The target's status; null when it does not exist.</param>
    public static void Check(string path, string target, FileStatus? status, IReadOnlyList<string> inputs)
    {
        foreach (var input in inputs)
        {
            // "-" is standard input, which a shell may have opened on the output file itself (`- -o a.txt < a.txt`).
            if (FileStatus.Of(input == "-" ? StandardInputPath : input, followLinks: true) is not { } inputStatus) continue;
            if (inputStatus.Kind == FileKind.Directory && input != "-")
            {
                // The folder lists the name as given (a link there is read through) and the final target's name.
                if (IsReadFrom(inputStatus, Path.GetFullPath(path)) || IsReadFrom(inputStatus, target))
                    throw new OutputTargetException(
                        $"{path}: is in the input folder {input}, which would read it as articles; write it elsewhere or name it other than .txt/.jsonl");
            }
            else if (status is { } output && output.IsSameFileAs(inputStatus) && !(input == "-" && output.IsSpecial))
            {
                var name = input == "-" ? "standard input" : input;
                throw new OutputTargetException($"{path}: is also an input ({name}); writing it would destroy the articles it is made from");
            }
        }
    }

    private static bool IsReadFrom(FileStatus folder, string file) =>
        (file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        && Path.GetDirectoryName(file) is { } parent
        && FileStatus.Of(parent, followLinks: true) is { } parentStatus
        && parentStatus.IsSameFileAs(folder);
}
