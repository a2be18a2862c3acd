package com.tradefinder.tools.run.binance;

import com.tradefinder.gateway.binance.fake.FakeBinance;
import com.tradefinder.gateway.binance.fake.FakeBinanceContext;
import com.tradefinder.tools.TradeFinderCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `tradefinder run` on Binance refuses what it cannot run with one line and exit 2, before any journal exists: an
 * unreachable venue, a symbol the venue does not list, credentials missing from the environment.
 */
class RunOnBinanceCommandTest
{
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

    private static Path bot(final Path dir, final String mode, final String symbol) throws IOException
    {
        return Files.writeString(dir.resolve(mode + ".toml"), """
            [bot]
            name = "binance-bot"
            mode = "MODE"
            venue = "binance_usdm"
            CREDENTIALS
            output = "OUT"

            [instruments]
            whitelist = ["SYMBOL"]

            [[strategies]]
            id = "trend"
            type = "supertrend"
            timeframe = "1h"
            """.replace("MODE", mode).replace("SYMBOL", symbol)
            .replace("CREDENTIALS", "testnet".equals(mode) ?
                "api_key_env = \"TF_UNSET_TEST_KEY_93\"\napi_secret_env = \"TF_UNSET_TEST_SECRET_93\"" : "")
            .replace("OUT", dir.resolve("out").toString().replace('\\', '/')));
    }

    @Test
    void shouldRefuseAnUnreachableVenueInOneLine(@TempDir final Path dir) throws IOException
    {
        // arrange: a port nobody listens on
        final int port;
        try (ServerSocket socket = new ServerSocket(0))
        {
            port = socket.getLocalPort();
        }
        final Path file = bot(dir, "paper", "BTCUSDT");

        // act
        final Run run = run("run", file.toString(), "--source", "binance", "--rest-url", "http://127.0.0.1:" + port,
            "--stream-url", "ws://127.0.0.1:" + port);

        // assert
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(TradeFinderCli.EXIT_USER_ERROR);
        assertThat(run.err()).hasLineCount(1).contains("binance: exchangeInfo from http://127.0.0.1:" + port);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void shouldRefuseASymbolTheVenueDoesNotListAndMissingCredentialsInOneLine(@TempDir final Path dir)
        throws IOException
    {
        // arrange
        final Path unknown = bot(dir, "paper", "NOSUCHUSDT");
        final Path testnet = bot(dir, "testnet", "BTCUSDT");
        try (FakeBinance fake = FakeBinance.launch(new FakeBinanceContext()))
        {
            // act
            final Run symbol = run("run", unknown.toString(), "--source", "binance", "--rest-url",
                fake.restUri().toString(), "--stream-url", fake.wsUri().toString());
            final Run credentials = run("run", testnet.toString(), "--rest-url", fake.restUri().toString(),
                "--stream-url", fake.wsUri().toString());

            // assert
            assertThat(symbol.exitCode()).as(symbol.out() + symbol.err()).isEqualTo(TradeFinderCli.EXIT_USER_ERROR);
            assertThat(symbol.err()).hasLineCount(1).contains("NOSUCHUSDT");
            assertThat(credentials.exitCode()).as(credentials.out() + credentials.err())
                .isEqualTo(TradeFinderCli.EXIT_USER_ERROR);
            assertThat(credentials.err()).hasLineCount(1).contains("TF_UNSET_TEST_KEY_93")
                .contains("not set in the environment");
            assertThat(fake.ordersReceived()).isEmpty();
        }
    }
}
