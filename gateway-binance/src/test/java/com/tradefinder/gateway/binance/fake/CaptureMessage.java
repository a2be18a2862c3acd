package com.tradefinder.gateway.binance.fake;

/**
 * One message of a WebSocket capture as the fake replays it.
 *
 * @param receiveTimeNs local receive time of the capture, epoch nanoseconds; paces the replay.
 * @param symbol        upper-case symbol, e.g. {@code BTCUSDT}.
 * @param stream        captured stream name ({@code btcusdt@depth@0ms}), or null for the REST snapshot line.
 * @param eventType     the payload's {@code e} ({@code depthUpdate}, {@code trade}, {@code aggTrade}, ...), or
 *                      {@code snapshot} for the REST snapshot line.
 * @param payload       the raw event JSON exactly as captured (or as synthesised for aggTrade).
 */
record CaptureMessage(long receiveTimeNs, String symbol, String stream, String eventType, String payload)
{
    static final String SNAPSHOT = "snapshot";
}
