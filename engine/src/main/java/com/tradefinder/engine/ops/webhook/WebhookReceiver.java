package com.tradefinder.engine.ops.webhook;

import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.SignalAction;
import com.tradefinder.codecs.WebhookSignalEncoder;
import com.tradefinder.config.BotConfig;
import com.tradefinder.config.WebhookConfig;
import com.tradefinder.engine.ops.BotRoster;
import com.tradefinder.engine.ops.EngineGauges;
import com.tradefinder.engine.ops.EventPublisher;
import com.tradefinder.engine.ops.InstrumentDirectory;
import com.tradefinder.numeric.FixedPoint;
import org.agrona.concurrent.UnsafeBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Validates one webhook request for a bot and, when everything holds, publishes a WebhookSignal on the ring: the
 * edge between TradingView's text and the engine's events. Checks, in order: bot known and taking webhooks, sender
 * address allowed, body size, body readable, secret, action, instrument defined for the bot's venue, instrument on
 * the bot's whitelist, numbers exact at the instrument's exponents, alert not stale, alert id not seen within the
 * window, room on the ring. Each refusal is counted by reason and logged in one line without the secret or the body.
 * <p>
 * The receive time stamped on the signal is the wall clock here, at the edge; from then on it is journaled data.
 * Thread-safe: it may serve several HTTP threads; publishing never waits for the business logic.
 */
public final class WebhookReceiver
{
    /** Header that may carry the secret instead of the body. */
    public static final String SECRET_HEADER = "X-Webhook-Secret";

    /** Largest body the server reads at all; each bot's max_body_bytes is at most this. */
    public static final int SERVER_MAX_BODY_BYTES = 65_536;

    private static final Logger LOG = LoggerFactory.getLogger(WebhookReceiver.class);
    private static final int ALERT_ID_LENGTH = 40;

    /**
     * What became of a request.
     *
     * @param reason   why it was refused, null when accepted.
     * @param message  one line for the sender.
     * @param sequence inbound sequence of the published signal, -1 when refused.
     */
    public record Verdict(WebhookReject reason, String message, long sequence)
    {
        /**
         * @return whether the signal was published.
         */
        public boolean accepted()
        {
            return reason == null;
        }
    }

    private final EventPublisher publisher;
    private final BotRoster bots;
    private final InstrumentDirectory instruments;
    private final EngineGauges gauges;
    private final LongSupplier wallClockNs;
    private final WebhookSecrets secrets;
    private final AlertDeduplicator deduplicator = new AlertDeduplicator();
    private final WebhookCounters counters = new WebhookCounters();
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final WebhookSignalEncoder signal = new WebhookSignalEncoder();

    /**
     * @param publisher   puts the signal on the ring.
     * @param bots        the engine's bots.
     * @param instruments the instruments defined.
     * @param gauges      ring gauges, to refuse rather than block when the ring is full.
     * @param wallClockNs epoch nanoseconds.
     * @param environment environment variable lookup, for secrets.
     */
    public WebhookReceiver(final EventPublisher publisher, final BotRoster bots, final InstrumentDirectory instruments,
        final EngineGauges gauges, final LongSupplier wallClockNs, final Function<String, String> environment)
    {
        this.publisher = publisher;
        this.bots = bots;
        this.instruments = instruments;
        this.gauges = gauges;
        this.wallClockNs = wallClockNs;
        this.secrets = new WebhookSecrets(environment);
    }

    /**
     * @return the outcome counters.
     */
    public WebhookCounters counters()
    {
        return counters;
    }

    /**
     * Counts and logs a body the server refused before it reached {@link #receive} (over the server's own limit; the
     * HTTP layer has answered 413 already).
     */
    public void oversizedAtServer()
    {
        reject(WebhookReject.OVERSIZED, "-", "-", "body exceeds the server's limit of " + SERVER_MAX_BODY_BYTES +
            " bytes");
    }

    /**
     * Counts and logs a request the HTTP decoder could not read.
     *
     * @param remoteIp the sender.
     * @param cause    what the decoder said.
     * @return the refusal.
     */
    public Verdict undecodable(final String remoteIp, final Throwable cause)
    {
        return reject(WebhookReject.MALFORMED, "-", remoteIp, "bad HTTP request: " + cause);
    }

    /**
     * Counts and logs a request that is not a POST.
     *
     * @param method   the method.
     * @param path     the path.
     * @param remoteIp the sender.
     * @return the refusal.
     */
    public Verdict methodNotAllowed(final String method, final String path, final String remoteIp)
    {
        return reject(WebhookReject.METHOD_NOT_ALLOWED, path, remoteIp, method + " is not allowed: POST the alert");
    }

    /**
     * Handles one POSTed alert.
     *
     * @param botName      the bot named in the path ({@code /webhook/<bot name>}).
     * @param remoteIp     the sender's address.
     * @param headerSecret the {@link #SECRET_HEADER} value, or null.
     * @param body         the body bytes.
     * @return the outcome, already counted.
     */
    public Verdict receive(final String botName, final String remoteIp, final String headerSecret, final byte[] body)
    {
        final long receiveTimeNs = wallClockNs.getAsLong();
        final int botId = bots.idOf(botName);
        if (botId < 0)
        {
            return reject(WebhookReject.UNKNOWN_BOT, botName, remoteIp, "no bot named \"" + printable(botName) + "\"");
        }
        final BotConfig bot = bots.config(botId);
        if (bot.webhook().isEmpty())
        {
            return reject(WebhookReject.WEBHOOK_DISABLED, botName, remoteIp, "bot " + botName +
                " takes no webhook alerts (no [webhook] table)");
        }
        final WebhookConfig webhook = bot.webhook().get();
        if (!webhook.allowedIps().isEmpty() && !webhook.allowedIps().contains(remoteIp))
        {
            return reject(WebhookReject.IP_NOT_ALLOWED, botName, remoteIp, "sender " + remoteIp +
                " is not in bot " + botName + "'s allowed_ips");
        }
        if (body.length > webhook.maxBodyBytes())
        {
            return reject(WebhookReject.OVERSIZED, botName, remoteIp, "body of " + body.length + " bytes exceeds " +
                "max_body_bytes " + webhook.maxBodyBytes());
        }
        final AlertPayload payload;
        try
        {
            payload = AlertPayload.parse(new String(body, StandardCharsets.UTF_8));
        }
        catch (final MalformedPayloadException ex)
        {
            return reject(WebhookReject.MALFORMED, botName, remoteIp, ex.getMessage());
        }
        try
        {
            if (!secrets.matches(bot, headerSecret != null ? headerSecret : payload.secret()))
            {
                return reject(WebhookReject.BAD_SECRET, botName, remoteIp, headerSecret == null &&
                    payload.secret() == null ? "no secret: put it in the body (\"secret\") or the " + SECRET_HEADER +
                    " header" : "wrong secret");
            }
        }
        catch (final IllegalStateException ex)
        {
            return reject(WebhookReject.SECRET_UNAVAILABLE, botName, remoteIp, ex.getMessage());
        }
        return validate(botId, bot, webhook, payload, remoteIp, receiveTimeNs, body);
    }

    private Verdict validate(final int botId, final BotConfig bot, final WebhookConfig webhook,
        final AlertPayload payload, final String remoteIp, final long receiveTimeNs, final byte[] body)
    {
        final String botName = bot.name();
        final SignalAction action = action(payload.action());
        if (action == null)
        {
            return reject(WebhookReject.UNKNOWN_ACTION, botName, remoteIp, payload.action() == null ?
                "no action: expected one of buy, sell, close, flat, cancel" :
                "unknown action \"" + printable(payload.action()) + "\": expected one of buy, sell, close, flat, cancel");
        }
        if (payload.instrument() == null)
        {
            return reject(WebhookReject.MALFORMED, botName, remoteIp, "no instrument: give \"ticker\" or \"symbol\"");
        }
        final String symbol = symbol(payload.instrument());
        final InstrumentDirectory.Instrument instrument = instruments.find(bot.venue(), symbol);
        if (instrument == null)
        {
            return reject(WebhookReject.UNKNOWN_INSTRUMENT, botName, remoteIp, "unknown instrument \"" +
                printable(payload.instrument()) + "\" on " + bot.venue());
        }
        if (!bot.instruments().whitelist().contains(symbol))
        {
            return reject(WebhookReject.NOT_WHITELISTED, botName, remoteIp, "instrument " + symbol +
                " is not on bot " + botName + "'s whitelist");
        }
        final long price = decimal(payload.price(), instrument.priceExponent());
        final long size = decimal(payload.quantity(), instrument.sizeExponent());
        final long riskBps = decimal(payload.riskPct(), -2);
        final long stop = decimal(payload.stop(), instrument.priceExponent());
        final long takeProfit = decimal(payload.takeProfit(), instrument.priceExponent());
        final String badNumber = price < 0 ? "price" : size < 0 ? "quantity" : riskBps < 0 || riskBps > 10_000 ?
            "risk_pct" : stop < 0 ? "stop" : takeProfit < 0 ? "take_profit" : null;
        if (badNumber != null)
        {
            return reject(WebhookReject.MALFORMED, botName, remoteIp, badNumber + " is not a positive decimal " +
                "exact at " + symbol + "'s precision" + (badNumber.equals("risk_pct") ? " (0..100, 2 decimals)" : ""));
        }
        final long alertTimeNs;
        try
        {
            alertTimeNs = alertTimeNs(payload.time());
        }
        catch (final DateTimeParseException | NumberFormatException ex)
        {
            return reject(WebhookReject.MALFORMED, botName, remoteIp, "time \"" + printable(payload.time()) +
                "\" is neither ISO-8601 UTC (2019-08-27T09:56:00Z) nor epoch milliseconds");
        }
        final long maxAgeNs = webhook.maxAlertAgeSeconds() * 1_000_000_000L;
        if (alertTimeNs != 0 && maxAgeNs > 0 && receiveTimeNs - alertTimeNs > maxAgeNs)
        {
            return reject(WebhookReject.STALE, botName, remoteIp, "alert time " + payload.time() + " is " +
                (receiveTimeNs - alertTimeNs) / 1_000_000_000L + " s old, over max_alert_age_seconds " +
                webhook.maxAlertAgeSeconds());
        }
        final String alertId = payload.alertId() != null ? payload.alertId() : bodyHash(body);
        if (alertId.isEmpty() || alertId.length() > ALERT_ID_LENGTH || !isPrintableAscii(alertId))
        {
            return reject(WebhookReject.MALFORMED, botName, remoteIp, "alert id must be 1 to " + ALERT_ID_LENGTH +
                " printable ASCII characters");
        }
        if (!deduplicator.markNew(botId, alertId, receiveTimeNs, webhook.dedupWindowSeconds() * 1_000_000_000L))
        {
            return reject(WebhookReject.DUPLICATE, botName, remoteIp, "alert id \"" + alertId + "\" was accepted " +
                "within the last " + webhook.dedupWindowSeconds() + " s");
        }
        final long sequence = publish(botId, instrument.instrumentId(), action, receiveTimeNs, alertTimeNs, price, size,
            (int)riskBps, stop, takeProfit, alertId);
        if (sequence < 0)
        {
            deduplicator.forget(botId, alertId);
            return reject(WebhookReject.ENGINE_BUSY, botName, remoteIp, "the engine's ring is full: retry");
        }
        counters.accepted();
        LOG.info("webhook signal for bot {} from {}: {} {} alert {} journaled at sequence {}", botName, remoteIp,
            action, symbol, alertId, sequence);
        return new Verdict(null, "journaled", sequence);
    }

    private synchronized long publish(final int botId, final int instrumentId, final SignalAction action,
        final long receiveTimeNs, final long alertTimeNs, final long price, final long size, final int riskBps,
        final long stop, final long takeProfit, final String alertId)
    {
        if (gauges.ringSize() > 0 && gauges.ringRemaining() < 1)
        {
            return -1;
        }
        signal.wrapAndApplyHeader(buffer, 0, header)
            .botId(botId)
            .instrumentId(instrumentId)
            .action(action)
            .receiveTimeNs(receiveTimeNs)
            .alertTimeNs(alertTimeNs)
            .priceMantissa(price)
            .sizeMantissa(size)
            .riskBps(riskBps)
            .stopPriceMantissa(stop)
            .takeProfitPriceMantissa(takeProfit)
            .alertId(alertId);
        return publisher.publish(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + signal.encodedLength());
    }

    private Verdict reject(final WebhookReject reason, final String botName, final String remoteIp,
        final String message)
    {
        counters.rejected(reason);
        LOG.warn("webhook {} {} for bot {} from {}: {}", reason.status(), reason.label(), printable(botName), remoteIp,
            message);
        return new Verdict(reason, message, -1);
    }

    /**
     * @param text an action as sent.
     * @return the action, or null when it is not one.
     */
    static SignalAction action(final String text)
    {
        if (text == null)
        {
            return null;
        }
        switch (text.strip().toLowerCase(Locale.ROOT))
        {
            case "buy":
                return SignalAction.BUY;
            case "sell":
                return SignalAction.SELL;
            case "close":
                return SignalAction.CLOSE;
            case "flat":
                return SignalAction.FLAT;
            case "cancel":
                return SignalAction.CANCEL;
            default:
                return null;
        }
    }

    /**
     * @param text a ticker as TradingView writes it: {@code BINANCE:BTCUSDT.P}, {@code btcusdt}, ...
     * @return the venue symbol: no exchange prefix, no perpetual suffix, upper case.
     */
    static String symbol(final String text)
    {
        String symbol = text.strip().toUpperCase(Locale.ROOT);
        final int colon = symbol.indexOf(':');
        if (colon >= 0)
        {
            symbol = symbol.substring(colon + 1);
        }
        if (symbol.endsWith(".P"))
        {
            symbol = symbol.substring(0, symbol.length() - 2);
        }
        return symbol;
    }

    /** 0 when absent, the mantissa when exact and positive, -1 otherwise. */
    private static long decimal(final String text, final int exponent)
    {
        if (text == null || text.isEmpty())
        {
            return 0;
        }
        final long mantissa = FixedPoint.parse(text, exponent);
        return mantissa == FixedPoint.INVALID || mantissa <= 0 ? -1 : mantissa;
    }

    private static long alertTimeNs(final String text)
    {
        if (text == null || text.isEmpty())
        {
            return 0;
        }
        if (text.chars().allMatch(Character::isDigit))
        {
            return Math.multiplyExact(Long.parseLong(text), 1_000_000L);
        }
        final Instant instant = Instant.parse(text);
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private static String bodyHash(final byte[] body)
    {
        long hash = 0xcbf29ce484222325L;
        for (final byte b : body)
        {
            hash ^= b & 0xFF;
            hash *= 0x100000001b3L;
        }
        return "body-" + Long.toHexString(hash);
    }

    private static boolean isPrintableAscii(final String text)
    {
        for (int i = 0; i < text.length(); i++)
        {
            final char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E)
            {
                return false;
            }
        }
        return true;
    }

    private static String printable(final String text)
    {
        if (text == null)
        {
            return "";
        }
        final String cut = text.length() > 64 ? text.substring(0, 64) + "..." : text;
        return cut.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
