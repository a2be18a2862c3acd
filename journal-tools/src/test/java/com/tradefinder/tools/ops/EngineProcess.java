package com.tradefinder.tools.ops;

import com.tradefinder.tools.TradeFinderCli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code tradefinder run} in a JVM of its own, as the service runs it: the test's classpath and module flags, the
 * given heap and environment, its output in a log file; the ports it printed; HTTP to them; SIGTERM. One test thread.
 */
final class EngineProcess implements AutoCloseable
{
    private static final Pattern WEBHOOK_PORT = Pattern.compile("webhooks on port (\\d+)");
    private static final Pattern CONTROL_PORT = Pattern.compile("control on 127\\.0\\.0\\.1:(\\d+)");
    private static final Pattern INBOUND = Pattern.compile("(?m)^tradefinder_inbound_events_total (\\d+)");

    final Path log;
    final Process process;
    final int webhookPort;
    final int controlPort;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private EngineProcess(final Path log, final Process process, final int webhookPort, final int controlPort)
    {
        this.log = log;
        this.process = process;
        this.webhookPort = webhookPort;
        this.controlPort = controlPort;
    }

    /**
     * Starts {@code tradefinder ARGS} and waits for its "running" line.
     *
     * @param log         where its output goes.
     * @param maxHeap     -Xmx value, e.g. "256m".
     * @param environment variables added to this JVM's.
     * @param args        the command line after {@code tradefinder}.
     * @return the running process with the ports it printed (-1 when off).
     */
    static EngineProcess start(final Path log, final String maxHeap, final Map<String, String> environment,
        final String... args) throws IOException, InterruptedException
    {
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + maxHeap);
        command.add("-XX:+ExitOnOutOfMemoryError");
        for (final String argument : ManagementFactory.getRuntimeMXBean().getInputArguments())
        {
            if (argument.startsWith("--add-") || argument.startsWith("-Dchronicle"))
            {
                command.add(argument);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(TradeFinderCli.class.getName());
        command.addAll(List.of(args));
        final ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        final Process process = builder.start();
        try
        {
            OpsFixtures.await(() -> !process.isAlive() || read(log).contains("running ["), 60, "the running line");
        }
        catch (final AssertionError ex)
        {
            process.destroyForcibly();
            throw new AssertionError(ex.getMessage() + ":\n" + read(log), ex);
        }
        final String output = read(log);
        if (!process.isAlive())
        {
            throw new AssertionError("tradefinder run exited " + process.exitValue() + ":\n" + output);
        }
        return new EngineProcess(log, process, port(WEBHOOK_PORT, output), port(CONTROL_PORT, output));
    }

    private static int port(final Pattern pattern, final String output)
    {
        final Matcher matcher = pattern.matcher(output);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    static String read(final Path file)
    {
        try
        {
            return Files.exists(file) ? Files.readString(file) : "";
        }
        catch (final IOException ex)
        {
            return "(unreadable: " + ex + ")";
        }
    }

    /** Waits until the engine's status view has read at least this many inbound events (from /metrics). */
    void awaitInboundEvents(final long events) throws InterruptedException
    {
        OpsFixtures.await(() -> inboundEvents() >= events, 30, events + " inbound events");
    }

    private long inboundEvents()
    {
        try
        {
            final HttpResponse<String> metrics = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + controlPort + "/metrics")).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
            final Matcher matcher = INBOUND.matcher(metrics.body());
            return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
        }
        catch (final IOException ex)
        {
            return 0;
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** POSTs a body to {@code /webhook/<bot>} as text/plain, the README's curl. */
    HttpResponse<String> webhook(final String bot, final String body) throws IOException, InterruptedException
    {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webhookPort + "/webhook/" + bot))
            .timeout(Duration.ofSeconds(5))
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * SIGTERM, as systemd stops the service.
     *
     * @return its exit code.
     */
    int terminate() throws InterruptedException
    {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS))
        {
            throw new AssertionError("no exit within 60 s of SIGTERM:\n" + read(log));
        }
        return process.exitValue();
    }

    @Override
    public void close()
    {
        if (process.isAlive())
        {
            process.destroyForcibly();
        }
    }
}
