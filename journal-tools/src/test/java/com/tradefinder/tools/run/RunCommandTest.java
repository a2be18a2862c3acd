package com.tradefinder.tools.run;

import com.tradefinder.tools.TradeFinderCli;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code tradefinder run} in-process: a paper session over a real capture that places orders and fills, whose
 * journal then replays byte for byte; and the refusals (live without both opt-ins, a bad bot file, a used journal
 * folder), each one line with exit 2 before anything runs.
 */
class RunCommandTest
{
    private static final Pattern ORDERS = Pattern.compile("(\\d+) orders sent");
    private static final Pattern FILLS = Pattern.compile("(\\d+) fills;");
    private static final Pattern HASH = Pattern.compile("state hash ([0-9a-f]+)");

    private record Run(int exitCode, String out, String err)
    {
    }

    private static synchronized Run run(final String... args)
    {
        final PrintStream oldOut = System.out;
        final PrintStream oldErr = System.err;
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        try
        {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            final int code = TradeFinderCli.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
        finally
        {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static long number(final Pattern pattern, final String text)
    {
        final Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    @Test
    @Tag("slow")
    void shouldTradeTheExamplePaperBotOverACaptureAndReplayEveryOutputByteForByte(@TempDir final Path dir)
        throws IOException
    {
        // arrange: the README's example
        final Path bot = PaperBots.example();
        final Path journal = dir.resolve("journal");

        // act
        final Run session = run("run", bot.toString(), "--journal", journal.toString(), "--source",
            "replay:" + PaperBots.capture() + ",pace=max", "--exit-at-end");
        final Run replay = run("journal", "replay", journal.toString(), "--verify");

        // assert
        assertThat(session.exitCode()).as(session.out() + session.err()).isZero();
        assertThat(session.out()).contains("session ended: journal " + journal);
        assertThat(number(ORDERS, session.out())).as("orders").isGreaterThanOrEqualTo(2);
        assertThat(number(FILLS, session.out())).as("fills").isGreaterThanOrEqualTo(1);
        assertThat(replay.exitCode()).as(replay.out() + replay.err()).isZero();
        assertThat(replay.out()).contains("state hash: " + hash(session.out()));
    }

    @Test
    @Tag("slow")
    void shouldReplayAnEarlierJournalsMarketDataIntoANewSession(@TempDir final Path dir)
    {
        // arrange: a first session over the capture
        final Path bot = PaperBots.example();
        final Path first = dir.resolve("first");
        final Run recorded = run("run", bot.toString(), "--journal", first.toString(), "--source",
            "replay:" + PaperBots.capture() + ",pace=max", "--exit-at-end");

        // act: its journal as the next session's source
        final Path second = dir.resolve("second");
        final Run session = run("run", bot.toString(), "--journal", second.toString(), "--source",
            "replay:" + first + ",pace=max", "--exit-at-end");
        final Run replay = run("journal", "replay", second.toString(), "--verify");

        // assert
        assertThat(recorded.exitCode()).as(recorded.out() + recorded.err()).isZero();
        assertThat(session.exitCode()).as(session.out() + session.err()).isZero();
        assertThat(session.out()).contains("on first at pace max");
        assertThat(number(ORDERS, session.out())).as("orders").isGreaterThanOrEqualTo(2);
        assertThat(replay.exitCode()).as(replay.out() + replay.err()).isZero();
    }

    @Test
    @Tag("slow")
    void shouldRunSeveralBotsInOneEngineAndCancelOnlyWhereConfigured(@TempDir final Path dir) throws IOException
    {
        // arrange: the same strategies twice, one bot cancelling its resting entries at the end, one keeping them
        final Path cancelling = PaperBots.write(dir, "bot-cancel", true);
        final Path keeping = PaperBots.write(dir, "bot-keep", false);
        final Path journal = dir.resolve("journal");

        // act
        final Run session = run("run", cancelling.toString(), keeping.toString(), "--journal", journal.toString(),
            "--source", "replay:" + PaperBots.capture() + ",pace=max", "--exit-at-end");
        final Run dump = run("journal", "dump", journal.toString(), "--type", "AdminCommand,CancelOrder");
        final Run replay = run("journal", "replay", journal.toString(), "--verify");

        // assert
        assertThat(session.exitCode()).as(session.out() + session.err()).isZero();
        assertThat(session.out()).contains("running [bot-cancel, bot-keep]");
        assertThat(number(ORDERS, session.out())).as("orders of both bots").isGreaterThanOrEqualTo(4);
        final List<String> admins = dump.out().lines().filter(line -> line.contains("AdminCommand")).toList();
        assertThat(admins).as("only the cancelling bot is asked at shutdown").hasSize(1).allMatch(line ->
            line.contains("\"botId\":0,\"action\":\"PAUSE\",\"argument\":1"));
        final String adminSequence = admins.get(0).substring(0, admins.get(0).indexOf(",\"dir\""));
        assertThat(dump.out().lines().filter(line -> line.startsWith(adminSequence) && line.contains("CancelOrder")))
            .as("cancels the shutdown caused").isNotEmpty().allMatch(line -> line.contains("\"botId\":0,"));
        assertThat(replay.exitCode()).as(replay.out() + replay.err()).isZero();
        assertThat(replay.out()).contains("state hash: " + hash(session.out()));
    }

    private static String hash(final String out)
    {
        final Matcher matcher = HASH.matcher(out);
        assertThat(matcher.find()).as(out).isTrue();
        return matcher.group(1);
    }

    @Test
    void shouldRefuseALiveBotWithoutTheEnvironmentOptInInOneLine(@TempDir final Path dir) throws IOException
    {
        // arrange: the file opts in and names its credentials; the environment does not opt in
        assumeTrue(System.getenv(LiveTradingOptIn.ENVIRONMENT_VARIABLE) == null, "environment opts in");
        final Path live = Files.writeString(dir.resolve("live.toml"), PaperBots.text("live-btc", "live", true)
            .replace("initial_equity = 10000\n", "")
            .replace("output = \"OUT\"", "output = \"" + dir.resolve("out").toString().replace('\\', '/') + "\"\n" +
                "live_trading_opt_in = true\napi_key_env = \"TF_TEST_KEY\"\napi_secret_env = \"TF_TEST_SECRET\""));

        // act
        final Run run = run("run", live.toString(), "--source", "replay:" + PaperBots.capture() + ",pace=max",
            "--exit-at-end");

        // assert
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(TradeFinderCli.EXIT_USER_ERROR);
        assertThat(run.err()).hasLineCount(1).contains(LiveTradingOptIn.ENVIRONMENT_VARIABLE)
            .contains("refusing to trade real money");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void shouldRefuseALiveBotWithoutTheFileOptInInOneLine(@TempDir final Path dir) throws IOException
    {
        // arrange
        final Path live = Files.writeString(dir.resolve("live.toml"), PaperBots.text("live-btc", "live", true)
            .replace("initial_equity = 10000\n", "")
            .replace("output = \"OUT\"", "output = \"" + dir.resolve("out").toString().replace('\\', '/') + "\"\n" +
                "api_key_env = \"TF_TEST_KEY\"\napi_secret_env = \"TF_TEST_SECRET\""));

        // act
        final Run run = run("run", live.toString(), "--source", "replay:" + PaperBots.capture(), "--exit-at-end");

        // assert
        assertThat(run.exitCode()).isEqualTo(TradeFinderCli.EXIT_USER_ERROR);
        assertThat(run.err()).hasLineCount(1).contains("live_trading_opt_in");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void shouldRefuseABadBotFileInOneLineBeforeRunning(@TempDir final Path dir) throws IOException
    {
        // arrange: a good bot and a bad one; nothing may start
        final Path good = PaperBots.write(dir, "good-bot", true);
        final Path bad = Files.writeString(dir.resolve("bad.toml"), PaperBots.text("bad-bot", "paper", true)
            .replace("risk_per_trade_pct = 0.5", "risk_per_trade_pct = 7.5").replace("output = \"OUT\"", ""));
        final Path journal = dir.resolve("journal");

        // act
        final Run run = run("run", good.toString(), bad.toString(), "--journal", journal.toString(), "--source",
            "replay:" + PaperBots.capture() + ",pace=max", "--exit-at-end");

        // assert
        assertThat(run.exitCode()).isEqualTo(TradeFinderCli.EXIT_USER_ERROR);
        assertThat(run.err()).hasLineCount(1).startsWith("tradefinder: " + bad).contains("risk_per_trade_pct")
            .doesNotContain("Exception");
        assertThat(journal).doesNotExist();
    }

    @Test
    void shouldRefuseAJournalFolderThatIsNotEmpty(@TempDir final Path dir) throws IOException
    {
        // arrange
        final Path bot = PaperBots.write(dir, "paper-capture", true);
        final Path journal = Files.createDirectories(dir.resolve("journal"));
        Files.writeString(journal.resolve("notes.txt"), "an earlier session");

        // act
        final Run run = run("run", bot.toString(), "--journal", journal.toString(), "--source",
            "replay:" + PaperBots.capture() + ",pace=max", "--exit-at-end");

        // assert
        assertThat(run.exitCode()).isEqualTo(TradeFinderCli.EXIT_USER_ERROR);
        assertThat(run.err()).hasLineCount(1).contains("is not an empty folder");
    }

    @Test
    void shouldRefuseAnUnknownPace(@TempDir final Path dir) throws IOException
    {
        // arrange
        final Path bot = PaperBots.write(dir, "paper-capture", true);

        // act
        final Run run = run("run", bot.toString(), "--journal", dir.resolve("j").toString(), "--source",
            "replay:" + PaperBots.capture() + ",pace=fast", "--exit-at-end");

        // assert
        assertThat(run.exitCode()).isEqualTo(TradeFinderCli.EXIT_USER_ERROR);
        assertThat(run.err()).hasLineCount(1).contains("pace=fast");
    }
}
