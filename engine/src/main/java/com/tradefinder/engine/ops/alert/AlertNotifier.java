package com.tradefinder.engine.ops.alert;

import com.tradefinder.engine.ops.http.JsonText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Posts operator alerts as {@code {"text": "..."}} (the shape Slack and Discord-compatible incoming webhooks take) to
 * one URL. {@link #send} returns at once from any thread: the POST is asynchronous, a failure (no connection, a
 * non-2xx answer, 5 s without one) is retried after a delay that doubles each time, and an alert that fails every
 * attempt is logged and counted, never thrown. Thread-safe.
 */
public final class AlertNotifier implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(AlertNotifier.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final URI url;
    private final int attempts;
    private final long retryDelayMs;
    private final HttpClient client;
    private final ScheduledExecutorService retries;
    private final AtomicLong raised = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failedAttempts = new AtomicLong();
    private final AtomicLong abandoned = new AtomicLong();

    /**
     * @param url          where to POST.
     * @param attempts     tries per alert, the first included, at least 1.
     * @param retryDelayMs delay before the first retry.
     */
    public AlertNotifier(final URI url, final int attempts, final long retryDelayMs)
    {
        this.url = url;
        this.attempts = Math.max(1, attempts);
        this.retryDelayMs = retryDelayMs;
        this.retries = Executors.newSingleThreadScheduledExecutor(runnable ->
        {
            final Thread thread = new Thread(runnable, "tradefinder-alerts");
            thread.setDaemon(true);
            return thread;
        });
        this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).executor(retries).build();
    }

    /**
     * Queues one alert.
     *
     * @param text one line for a human.
     */
    public void send(final String text)
    {
        raised.incrementAndGet();
        LOG.warn("alert: {}", text);
        final HttpRequest request = HttpRequest.newBuilder(url)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"text\":" + JsonText.quote(text) + "}"))
            .build();
        attempt(request, 1);
    }

    private void attempt(final HttpRequest request, final int attempt)
    {
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) ->
        {
            if (failure == null && response.statusCode() / 100 == 2)
            {
                delivered.incrementAndGet();
                return;
            }
            failedAttempts.incrementAndGet();
            final String why = failure != null ? failure.toString() : "HTTP " + response.statusCode();
            if (attempt >= attempts)
            {
                abandoned.incrementAndGet();
                LOG.error("alert not delivered to {} after {} attempts: {}", url, attempt, why);
                return;
            }
            final long delayMs = retryDelayMs << Math.min(attempt - 1, 16);
            try
            {
                retries.schedule(() -> attempt(request, attempt + 1), delayMs, TimeUnit.MILLISECONDS);
            }
            catch (final java.util.concurrent.RejectedExecutionException ex)
            {
                abandoned.incrementAndGet();
            }
        });
    }

    /**
     * @return alerts raised.
     */
    public long raised()
    {
        return raised.get();
    }

    /**
     * @return alerts delivered (a 2xx answer).
     */
    public long delivered()
    {
        return delivered.get();
    }

    /**
     * @return attempts that failed, retried or not.
     */
    public long failedAttempts()
    {
        return failedAttempts.get();
    }

    /**
     * @return alerts given up after every attempt failed.
     */
    public long abandoned()
    {
        return abandoned.get();
    }

    @Override
    public void close()
    {
        retries.shutdownNow();
    }
}
