package com.tradefinder.tools;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class CtlCommandTest
{
    @TempDir
    Path dir;

    private HttpServer engine;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private Path tokenFile;
    private String url;

    @BeforeEach
    void startStubControlEndpoint() throws Exception
    {
        engine = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        engine.createContext("/", exchange ->
        {
            final String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            final boolean authorized = "Bearer t0ken".equals(exchange.getRequestHeaders().getFirst("Authorization"));
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + body.length());
            final boolean refuse = !authorized || exchange.getRequestURI().getPath().equals("/bots/ghost/pause");
            final byte[] answer = (refuse ? "{\"status\":\"rejected\",\"error\":\"no bot named \\\"ghost\\\"\"}\n" :
                "{\"status\":\"journaled\",\"sequence\":42}\n").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(!authorized ? 401 : refuse ? 404 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        engine.start();
        url = "http://127.0.0.1:" + engine.getAddress().getPort();
        tokenFile = Files.writeString(dir.resolve("token"), "t0ken\n");
        Files.setPosixFilePermissions(tokenFile, PosixFilePermissions.fromString("rw-------"));
    }

    @AfterEach
    void stop()
    {
        engine.stop(0);
    }

    private CliRun ctl(final String... words)
    {
        final String[] args = new String[words.length + 5];
        args[0] = "ctl";
        System.arraycopy(words, 0, args, 1, words.length);
        args[words.length + 1] = "--url";
        args[words.length + 2] = url;
        args[words.length + 3] = "--token-file";
        args[words.length + 4] = tokenFile.toString();
        return CliRun.of(args);
    }

    @Test
    void shouldSendEveryCommandWithTheToken() throws Exception
    {
        // arrange
        final Path config = Files.writeString(dir.resolve("bot.toml"), "[bot]\nname = \"tv\"\n");

        // act
        final List<CliRun> runs = List.of(ctl("status"), ctl("pause", "tv"), ctl("resume", "tv"),
            ctl("flatten", "tv"), ctl("kill", "--flatten"), ctl("release"), ctl("reload", "tv", config.toString()));

        // assert
        assertThat(runs).allSatisfy(run ->
        {
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).isEqualTo("{\"status\":\"journaled\",\"sequence\":42}\n");
        });
        assertThat(requests).containsExactly("GET /status 0", "POST /bots/tv/pause 0", "POST /bots/tv/resume 0",
            "POST /bots/tv/flatten 0", "POST /kill?flatten=true 0", "POST /release 0",
            "POST /bots/tv/reload?source=" + URLEncoder.encode(config.toString(), StandardCharsets.UTF_8) + " 18");
    }

    @Test
    void shouldReportARefusedCommandOnOneLine()
    {
        // arrange, act
        final CliRun run = ctl("pause", "ghost");

        // assert
        assertThat(run.exitCode()).isEqualTo(TradeFinderCli.EXIT_CHECK_FAILED);
        assertThat(run.err()).isEqualTo("tradefinder: ctl pause: HTTP 404: {\"status\":\"rejected\",\"error\":" +
            "\"no bot named \\\"ghost\\\"\"}\n");
    }

    @Test
    void shouldRefuseALooseTokenFileBadUsageAndAnUnreachableEngine() throws Exception
    {
        // arrange
        Files.setPosixFilePermissions(tokenFile, PosixFilePermissions.fromString("rw-r--r--"));

        // act
        final CliRun loose = ctl("status");
        Files.setPosixFilePermissions(tokenFile, PosixFilePermissions.fromString("rw-------"));
        final CliRun missingBot = ctl("pause");
        final CliRun unknown = ctl("explode");
        engine.stop(0);
        final CliRun unreachable = ctl("status");

        // assert
        assertThat(loose.exitCode()).isEqualTo(TradeFinderCli.EXIT_USER_ERROR);
        assertThat(loose.err()).isEqualTo("tradefinder: ctl: control token file " + tokenFile +
            " must be readable by its owner only (chmod 600), found rw-r--r--\n");
        assertThat(missingBot.err()).isEqualTo("tradefinder: ctl pause: expected a bot name, got 0\n");
        assertThat(unknown.err()).startsWith("tradefinder: ctl: unknown command \"explode\"");
        assertThat(unreachable.exitCode()).isEqualTo(TradeFinderCli.EXIT_USER_ERROR);
        assertThat(unreachable.err()).startsWith("tradefinder: ctl: cannot reach the control endpoint at " + url);
        assertThat(requests).isEmpty();
    }
}
