package com.tradefinder.engine.ops.webhook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One alert body, read but not yet validated: the fields TradeFinder uses, each the text the sender wrote (null when
 * absent). Two body formats, whatever the Content-Type (TradingView sends {@code application/json} only when the
 * substituted message happens to be valid JSON):
 * <ul>
 *   <li>a JSON object, nested objects allowed ({@code {"strategy":{"order_action":"buy"}}} is read as
 *   {@code strategy.order_action});</li>
 *   <li>text: {@code key=value} pairs separated by spaces, commas, semicolons or new lines, values optionally in
 *   double quotes, e.g. {@code action=buy ticker={{ticker}} price={{close}} secret=...}.</li>
 * </ul>
 * Fields, each with the aliases the common TradingView templates use (the first present wins):
 * <ul>
 *   <li>secret: {@code secret}, {@code passphrase}, {@code key} (or the {@code X-Webhook-Secret} header);</li>
 *   <li>action ({@code buy sell close flat cancel}): {@code action}, {@code strategy.order_action},
 *   {@code strategy.order.action}, {@code side};</li>
 *   <li>instrument: {@code instrument}, {@code symbol}, {@code ticker}; an exchange prefix ({@code BINANCE:}) and
 *   TradingView's perpetual suffix ({@code .P}) are dropped;</li>
 *   <li>price: {@code price}, {@code strategy.order_price}; quantity: {@code quantity}, {@code qty},
 *   {@code contracts}, {@code strategy.order_contracts}; risk in percent of equity: {@code risk_pct};</li>
 *   <li>stop: {@code stop}, {@code stop_loss}, {@code sl}; take-profit: {@code take_profit}, {@code tp};</li>
 *   <li>alert id (de-duplication, at most 40 printable ASCII characters): {@code alert_id}, {@code id}; without one
 *   the id is a hash of the whole body, so a re-sent identical body is a duplicate;</li>
 *   <li>time: {@code time}, {@code timenow}: ISO-8601 UTC ({@code 2019-08-27T09:56:00Z}, as {@code {{timenow}}}
 *   gives) or epoch milliseconds.</li>
 * </ul>
 *
 * @param secret     the shared secret, or null.
 * @param action     the action text, or null.
 * @param instrument the instrument text, or null.
 * @param price      decimal price text, or null.
 * @param quantity   decimal quantity text, or null.
 * @param riskPct    decimal risk percent text, or null.
 * @param stop       decimal stop price text, or null.
 * @param takeProfit decimal take-profit price text, or null.
 * @param alertId    the sender's alert id, or null.
 * @param time       the alert's time text, or null.
 */
public record AlertPayload(String secret, String action, String instrument, String price, String quantity,
    String riskPct, String stop, String takeProfit, String alertId, String time)
{
    private static final List<String> SECRET = List.of("secret", "passphrase", "key");
    private static final List<String> ACTION = List.of("action", "strategy.order_action", "strategy.order.action",
        "side");
    private static final List<String> INSTRUMENT = List.of("instrument", "symbol", "ticker");
    private static final List<String> PRICE = List.of("price", "strategy.order_price");
    private static final List<String> QUANTITY = List.of("quantity", "qty", "contracts", "strategy.order_contracts");
    private static final List<String> RISK = List.of("risk_pct");
    private static final List<String> STOP = List.of("stop", "stop_loss", "sl");
    private static final List<String> TAKE_PROFIT = List.of("take_profit", "tp");
    private static final List<String> ALERT_ID = List.of("alert_id", "id");
    private static final List<String> TIME = List.of("time", "timenow");

    /**
     * Reads a body in either format.
     *
     * @param body the request body, UTF-8 decoded.
     * @return the fields found.
     * @throws MalformedPayloadException when the body is empty or in neither format.
     */
    public static AlertPayload parse(final String body)
    {
        final String trimmed = body.strip();
        if (trimmed.isEmpty())
        {
            throw new MalformedPayloadException("empty body: expected a JSON object or key=value pairs");
        }
        final Map<String, String> fields = trimmed.charAt(0) == '{' ? FlatJson.parse(trimmed) : pairs(trimmed);
        return new AlertPayload(first(fields, SECRET), first(fields, ACTION), first(fields, INSTRUMENT),
            first(fields, PRICE), first(fields, QUANTITY), first(fields, RISK), first(fields, STOP),
            first(fields, TAKE_PROFIT), first(fields, ALERT_ID), first(fields, TIME));
    }

    private static String first(final Map<String, String> fields, final List<String> names)
    {
        for (final String name : names)
        {
            final String value = fields.get(name);
            if (value != null)
            {
                return value.strip();
            }
        }
        return null;
    }

    private static Map<String, String> pairs(final String text)
    {
        final Map<String, String> fields = new LinkedHashMap<>();
        int i = 0;
        while (i < text.length())
        {
            while (i < text.length() && isSeparator(text.charAt(i)))
            {
                i++;
            }
            if (i >= text.length())
            {
                break;
            }
            final int keyStart = i;
            while (i < text.length() && text.charAt(i) != '=' && !isSeparator(text.charAt(i)))
            {
                i++;
            }
            if (i >= text.length() || text.charAt(i) != '=')
            {
                throw new MalformedPayloadException("malformed text body at character " + keyStart +
                    ": expected key=value");
            }
            final String key = text.substring(keyStart, i).toLowerCase(java.util.Locale.ROOT);
            i++;
            final String value;
            if (i < text.length() && text.charAt(i) == '"')
            {
                final int close = text.indexOf('"', i + 1);
                if (close < 0)
                {
                    throw new MalformedPayloadException("malformed text body at character " + i +
                        ": unterminated quoted value");
                }
                value = text.substring(i + 1, close);
                i = close + 1;
            }
            else
            {
                final int valueStart = i;
                while (i < text.length() && !isSeparator(text.charAt(i)))
                {
                    i++;
                }
                value = text.substring(valueStart, i);
            }
            if (key.isEmpty() || fields.put(key, value) != null)
            {
                throw new MalformedPayloadException("malformed text body at character " + keyStart +
                    (key.isEmpty() ? ": empty key" : ": duplicate key \"" + key + "\""));
            }
        }
        return fields;
    }

    private static boolean isSeparator(final char c)
    {
        return c == ',' || c == ';' || Character.isWhitespace(c);
    }

    @Override
    public String toString()
    {
        // never the secret: payloads end up in log lines
        return "AlertPayload{action=" + action + ", instrument=" + instrument + ", price=" + price + ", quantity=" +
            quantity + ", riskPct=" + riskPct + ", stop=" + stop + ", takeProfit=" + takeProfit + ", alertId=" +
            alertId + ", time=" + time + "}";
    }
}
