using ClaimPipeline.Cli.Gazetteers;

namespace ClaimPipeline.Cli.Tests.Gazetteers;

public sealed class ExternalProcessTests
{
    [Fact]
    public void Run_FailingProgram_ErrorHasTheCommandExitCodeAndLastMessage()
    {
        var e = Assert.Throws<GazetteerSourceException>(() =>
            ExternalProcess.Run("sh", ["-c", "echo first >&2; echo 'npm error 404 Not Found' >&2; exit 3"], Path.GetTempPath()));
        Assert.Equal("sh -c echo first >&2; echo 'npm error 404 Not Found' >&2; exit 3 failed (exit 3): first", e.Message);
    }

    [Fact]
    public void Run_MissingProgram_SaysItCouldNotStart()
    {
        var e = Assert.Throws<GazetteerSourceException>(() => ExternalProcess.Run("claims-no-such-program", ["pack"], Path.GetTempPath()));
        Assert.StartsWith("claims-no-such-program pack: could not start claims-no-such-program: ", e.Message);
    }

    [Fact]
    public void Run_Input_IsPipedThroughAndOutputReturned()
    {
        Assert.Equal("abc"u8.ToArray(), ExternalProcess.Run("cat", [], Path.GetTempPath(), "abc"u8.ToArray()));
    }

    [Theory]
    [InlineData("npm error code E404\nnpm error 404 Not Found - GET registry/no-such\nnpm error 404\nnpm error A complete log of this run can be found in: x.log\n",
        "404 Not Found - GET registry/no-such")]
    [InlineData("npm error code ECONNREFUSED\nnpm error syscall connect\nnpm error errno ECONNREFUSED\nnpm error FetchError: request failed, reason: connect ECONNREFUSED\nnpm error     at ClientRequest (x.js:1:1)\n",
        "FetchError: request failed, reason: connect ECONNREFUSED")]
    [InlineData("W: Download is performed unsandboxed as root\nE: Version '9.9' for 'wordnet-base' was not found\n", "E: Version '9.9' for 'wordnet-base' was not found")]
    [InlineData("", "no message")]
    public void Reason_PicksTheLineThatSaysWhy(string errors, string expected) => Assert.Equal(expected, ExternalProcess.Reason(errors));
}
