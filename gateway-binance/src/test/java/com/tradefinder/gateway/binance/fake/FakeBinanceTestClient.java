package com.tradefinder.gateway.binance.fake;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plain JDK clients for the fake's own tests: signed REST calls through {@link HttpClient} and WebSocket listeners
 * that queue every text frame. The real gateway is tested against the fake elsewhere.
 * <p>
 * Thread contract: REST calls block the calling test thread; listeners run on the JDK client's threads and hand
 * frames over through thread-safe queues and latches.
 */
final class FakeBinanceTestClient
{
    static final long TIMEOUT_SECONDS = 5;

    private final HttpClient http = HttpClient.newHttpClient();
    private final FakeBinance fake;
    private final String apiKey;
    private final HmacSignature signature;

    FakeBinanceTestClient(final FakeBinance fake, final FakeBinanceContext context)
    {
        this.fake = fake;
        this.apiKey = context.apiKey();
        this.signature = new HmacSignature(context.secretKey());
    }

    HttpResponse<String> get(final String path) throws IOException, InterruptedException
    {
        return send("GET", path, "", null);
    }

    /** Sends a SIGNED request: {@code params} plus {@code timestamp} in the query, signature appended last. */
    HttpResponse<String> signed(final String method, final String path, final String params)
        throws IOException, InterruptedException
    {
        final String query = (params.isEmpty() ? "" : params + "&") + "timestamp=" + System.currentTimeMillis();
        return send(method, path, query + "&signature=" + signature.sign(query), apiKey);
    }

    HttpResponse<String> send(final String method, final String path, final String query, final String key)
        throws IOException, InterruptedException
    {
        final HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create(fake.restUri() + path + (query.isEmpty() ? "" : "?" + query)))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .timeout(java.time.Duration.ofSeconds(TIMEOUT_SECONDS));
        if (key != null)
        {
            request.header("X-MBX-APIKEY", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    Frames connect(final String pathAndQuery)
    {
        final Frames frames = new Frames();
        frames.socket = http.newWebSocketBuilder().buildAsync(URI.create(fake.wsUri() + pathAndQuery), frames)
            .orTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).join();
        return frames;
    }

    /** The text frames one WebSocket connection received, in order, plus its pings and its closing. */
    static final class Frames implements WebSocket.Listener
    {
        final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
        final AtomicInteger pings = new AtomicInteger();
        final CountDownLatch closed = new CountDownLatch(1);
        private final StringBuilder partial = new StringBuilder();
        WebSocket socket;

        @Override
        public CompletionStage<?> onText(final WebSocket webSocket, final CharSequence data, final boolean last)
        {
            partial.append(data);
            if (last)
            {
                texts.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPing(final WebSocket webSocket, final ByteBuffer message)
        {
            pings.incrementAndGet();
            return WebSocket.Listener.super.onPing(webSocket, message);
        }

        @Override
        public CompletionStage<?> onClose(final WebSocket webSocket, final int statusCode, final String reason)
        {
            closed.countDown();
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void onError(final WebSocket webSocket, final Throwable error)
        {
            closed.countDown();
        }

        String next() throws InterruptedException
        {
            final String text = texts.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (text == null)
            {
                throw new AssertionError("no frame within " + TIMEOUT_SECONDS + " s");
            }
            return text;
        }

        /** @return the next frame whose text contains {@code marker}, skipping others. */
        String nextContaining(final String marker) throws InterruptedException
        {
            for (;;)
            {
                final String text = next();
                if (text.contains(marker))
                {
                    return text;
                }
            }
        }

        void send(final String text)
        {
            socket.sendText(text, true).join();
        }
    }
}
