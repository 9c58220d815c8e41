using System.Runtime.InteropServices;
using ClaimPipeline.Cli.Posix;

namespace ClaimPipeline.Cli.Output;

/// <summary>
/// Standard output through write(2). The console stream .NET gives pretends a write to a closed pipe succeeded,
/// so `claims extract … | head -1` would process the whole input after head exited; here a broken pipe, a full
/// disk or a closed descriptor is an <see cref="OutputWriteException"/> naming "standard output". Unbuffered,
/// like the console stream: the writers flush once per article.
/// </summary>
public sealed class StandardOutputStream : WriteOnlyStream
{
    public const string Name = "standard output";
    private const int Descriptor = 1;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var written = Libc.Write(Descriptor, ref MemoryMarshal.GetReference(buffer), buffer.Length);
            if (written >= 0)
            {
                buffer = buffer[(int)written..];
                continue;
            }
            int errno = Marshal.GetLastPInvokeError();
            if (errno == Libc.Eintr) continue;
            if (errno == Libc.Eagain)
            {
                // A descriptor some parent made non-blocking: wait until it takes more.
                var wait = new Libc.PollDescriptor { Descriptor = Descriptor, Events = Libc.PollDescriptor.PollOut };
                Libc.Poll(ref wait, 1, -1);
                continue;
            }
            throw OutputWriteException.FromErrno(Name, errno);
        }
    }

    public override void Flush()
    {
    }
}
