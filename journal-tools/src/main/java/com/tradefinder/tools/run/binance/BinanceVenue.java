package com.tradefinder.tools.run.binance;

import com.tradefinder.gateway.binance.order.WorkingType;
import com.tradefinder.gateway.binance.rest.BinanceRestConfig;
import com.tradefinder.gateway.binance.session.BinanceSymbols;
import com.tradefinder.gateway.binance.session.BinanceVenueSession;
import com.tradefinder.gateway.binance.ws.WebSocketContext;
import com.tradefinder.tools.run.InboundPublisher;
import com.tradefinder.tools.run.VenueConnector;
import org.agrona.DirectBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binance USDⓈ-M as a running engine's venue (testnet and live): the business logic's commands go to a
 * {@link BinanceVenueSession} (signed REST, user-data stream, reconciliation), whose executions come back into the
 * ring.
 * <p>
 * {@link #onOutbound} runs on the business thread and only copies the command into the session's hand-off buffer.
 * The session publishes from its own event loop with a blocking publish: that loop never holds anything the business
 * thread waits for, so a full ring only delays executions, it cannot deadlock.
 */
public final class BinanceVenue implements VenueConnector
{
    private static final Logger LOG = LoggerFactory.getLogger(BinanceVenue.class);
    private static final long QUIET_MS = 300;

    private final BinanceRestConfig restConfig;
    private final WebSocketContext webSocket;
    private final BinanceSymbols symbols;
    private final WorkingType workingType;
    private final int accountBotId;
    private BinanceVenueSession session;

    /**
     * @param restConfig   REST base URL and the account's credentials.
     * @param webSocket    settings of the user-data stream.
     * @param symbols      the instruments, from exchangeInfo.
     * @param workingType  trigger price of stops and take-profits.
     * @param accountBotId the bot owning the account, or -1 when several bots share it.
     */
    public BinanceVenue(final BinanceRestConfig restConfig, final WebSocketContext webSocket,
        final BinanceSymbols symbols, final WorkingType workingType, final int accountBotId)
    {
        this.restConfig = restConfig;
        this.webSocket = webSocket;
        this.symbols = symbols;
        this.workingType = workingType;
        this.accountBotId = accountBotId;
    }

    @Override
    public void start(final InboundPublisher publisher)
    {
        session = new BinanceVenueSession(restConfig, webSocket, symbols, workingType, accountBotId,
            publisher::publish, (untilMs, detail) -> LOG.error("binance: order entry banned until {} ms: {}", untilMs,
            detail));
        session.start();
    }

    @Override
    public void onOutbound(final long causeSequence, final DirectBuffer buffer, final int offset, final int length)
    {
        if (session != null)
        {
            session.onCommand(buffer, offset, length);
        }
    }

    @Override
    public void onInbound(final long sequence, final DirectBuffer buffer, final int offset, final int length)
    {
        // the session's mirror is fed by the executions it produces itself; market data is not needed here
    }

    @Override
    public long flush(final long timeoutMs) throws InterruptedException
    {
        return session == null ? 0 : session.flush(timeoutMs, QUIET_MS);
    }

    @Override
    public String summary()
    {
        return session == null ? "binance: not started" : session.summary();
    }

    /**
     * @return the session, once started (tests read its counters).
     */
    public BinanceVenueSession session()
    {
        return session;
    }

    @Override
    public void close()
    {
        if (session != null)
        {
            session.close();
        }
    }
}
