package com.tradefinder.tools.cli;

import com.tradefinder.engine.ops.OwnerOnlyFile;
import com.tradefinder.tools.TradeFinderCli;
import com.tradefinder.tools.UserException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code tradefinder ctl}: the operator's client of a running engine's control endpoint. Every command except
 * {@code status} becomes a journaled event in the engine; the answer (JSON) is printed. Exit 0 when the engine
 * accepted the command, 1 when it refused it (the one-line reason on standard error), 2 for a usage error, an
 * unreadable or loose token file, or an unreachable engine.
 */
@Command(name = "ctl", mixinStandardHelpOptions = true,
    description = {
        "Operate a running engine through its control endpoint (bearer token from an owner-only file).",
        "  status                 bots, positions, open orders, P&L, regimes, gateways, last events",
        "  pause|resume|flatten BOT",
        "  kill [--flatten]       kill switch for every bot (and close their positions)",
        "  release                release the kill switch",
        "  reload BOT FILE        validate FILE, then replace BOT's config (a bad file changes nothing)" })
public final class CtlCommand implements Callable<Integer>
{
    @Parameters(arity = "1..3", paramLabel = "COMMAND", description = "status, pause BOT, resume BOT, flatten BOT, " +
        "kill, release or reload BOT FILE")
    List<String> words;

    @Option(names = "--url", paramLabel = "URL", defaultValue = "http://127.0.0.1:8081",
        description = "control endpoint (default: ${DEFAULT-VALUE})")
    URI url;

    @Option(names = "--token-file", paramLabel = "FILE", defaultValue = "${sys:user.home}/.tradefinder/control-token",
        description = "owner-only file holding the bearer token (default: ${DEFAULT-VALUE})")
    Path tokenFile;

    @Option(names = "--flatten", description = "with kill: close every position too")
    boolean flatten;

    @Override
    public Integer call() throws IOException
    {
        final String command = words.get(0);
        final HttpRequest.Builder request = switch (command)
        {
            case "status" -> expect(0).request("/status").GET();
            case "pause", "resume", "flatten" -> expect(1).request("/bots/" + encode(words.get(1)) + "/" + command)
                .POST(HttpRequest.BodyPublishers.noBody());
            case "kill" -> expect(0).request("/kill" + (flatten ? "?flatten=true" : ""))
                .POST(HttpRequest.BodyPublishers.noBody());
            case "release" -> expect(0).request("/release").POST(HttpRequest.BodyPublishers.noBody());
            case "reload" -> reload();
            default -> throw new UserException("ctl: unknown command \"" + command + "\": status, pause, resume, " +
                "flatten, kill, release or reload");
        };
        if (flatten && !command.equals("kill"))
        {
            throw new UserException("ctl: --flatten goes with kill only");
        }
        final String token;
        try
        {
            token = OwnerOnlyFile.readSecret(tokenFile, "control token");
        }
        catch (final IllegalStateException ex)
        {
            throw new UserException("ctl: " + ex.getMessage());
        }
        final HttpResponse<String> response = send(request.header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(10)).build());
        if (response.statusCode() / 100 == 2)
        {
            System.out.print(response.body());
            return 0;
        }
        System.err.println("tradefinder: ctl " + command + ": HTTP " + response.statusCode() + ": " +
            response.body().strip());
        return TradeFinderCli.EXIT_CHECK_FAILED;
    }

    private HttpRequest.Builder reload() throws IOException
    {
        expect(2);
        final Path file = Path.of(words.get(2));
        if (!Files.isRegularFile(file))
        {
            throw new UserException("ctl reload: " + file + ": no such file");
        }
        return request("/bots/" + encode(words.get(1)) + "/reload?source=" + encode(file.toString()))
            .header("Content-Type", "application/toml")
            .POST(HttpRequest.BodyPublishers.ofString(Files.readString(file, StandardCharsets.UTF_8)));
    }

    private CtlCommand expect(final int arguments)
    {
        if (words.size() - 1 != arguments)
        {
            throw new UserException("ctl " + words.get(0) + ": expected " + (arguments == 0 ? "no argument" :
                arguments == 1 ? "a bot name" : "a bot name and a config file") + ", got " + (words.size() - 1));
        }
        return this;
    }

    private HttpRequest.Builder request(final String path)
    {
        final String base = url.toString().endsWith("/") ? url.toString().substring(0, url.toString().length() - 1) :
            url.toString();
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    private HttpResponse<String> send(final HttpRequest request)
    {
        final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try
        {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
        catch (final IOException ex)
        {
            throw new UserException("ctl: cannot reach the control endpoint at " + url + ": " +
                (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            throw new UserException("ctl: interrupted");
        }
    }

    private static String encode(final String text)
    {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
