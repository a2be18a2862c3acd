package com.tradefinder.tools.report;

import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.EquitySnapshotEncoder;
import com.tradefinder.codecs.ExitReason;
import com.tradefinder.codecs.InstrumentDefinitionEncoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.Regime;
import com.tradefinder.codecs.RegimeUpdateEncoder;
import com.tradefinder.codecs.RejectReason;
import com.tradefinder.codecs.RiskDecisionEncoder;
import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.TradeClosedEncoder;
import com.tradefinder.codecs.Venue;
import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.journal.JournalAppender;
import com.tradefinder.numeric.FixedPoint;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Writes small hand-built journals for the report tests, encoding with the generated encoders: instrument
 * definitions inbound; trades, equity snapshots, bar closes and risk decisions outbound. Amounts are given as
 * decimal text (exponent -8), prices and sizes as decimal text at the instrument's exponents, times as ISO text.
 */
final class ReportJournal implements AutoCloseable
{
    static final int PRICE_EXPONENT = -2;
    static final int SIZE_EXPONENT = -3;

    private final Journal journal;
    private final JournalAppender inbound;
    private final JournalAppender outbound;
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[Journal.MAX_MESSAGE_LENGTH]);
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private long sequence;

    ReportJournal(final Path folder)
    {
        journal = Journal.create(folder, false);
        inbound = journal.inboundAppender();
        outbound = journal.outboundAppender();
    }

    static long time(final String iso)
    {
        final Instant instant = Instant.parse(iso);
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    static long amount(final String decimal)
    {
        return mantissa(decimal, ClosedTrade.AMOUNT_EXPONENT);
    }

    static long price(final String decimal)
    {
        return mantissa(decimal, PRICE_EXPONENT);
    }

    static long size(final String decimal)
    {
        return mantissa(decimal, SIZE_EXPONENT);
    }

    private static long mantissa(final String decimal, final int exponent)
    {
        final long mantissa = FixedPoint.parse(decimal, exponent);
        if (mantissa == FixedPoint.INVALID)
        {
            throw new IllegalArgumentException(decimal + " is not exact at exponent " + exponent);
        }
        return mantissa;
    }

    ReportJournal instrument(final int id, final String symbol)
    {
        final InstrumentDefinitionEncoder encoder = new InstrumentDefinitionEncoder().wrapAndApplyHeader(buffer, 0,
            header);
        encoder.instrumentId(id).venue(Venue.BINANCE_USDM).symbol(symbol).priceExponent((byte)PRICE_EXPONENT)
            .sizeExponent((byte)SIZE_EXPONENT).tickSizeMantissa(10).stepSizeMantissa(1).minSizeMantissa(1)
            .minNotionalMantissa(amount("5")).maxLeverage(20).timeNs(0);
        inbound.append(++sequence, buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength());
        return this;
    }

    ReportJournal close(final int instrumentId, final int timeframeSec, final String closeTime, final String close)
    {
        return close(instrumentId, timeframeSec, time(closeTime), price(close), Regime.TRENDING_UP);
    }

    ReportJournal close(final int instrumentId, final int timeframeSec, final long closeTimeNs,
        final long closeMantissa, final Regime regime)
    {
        final RegimeUpdateEncoder encoder = new RegimeUpdateEncoder().wrapAndApplyHeader(buffer, 0, header);
        encoder.instrumentId(instrumentId).timeframeSec(timeframeSec).barCloseTimeNs(closeTimeNs)
            .closeMantissa(closeMantissa).adx(25).plusDi(20).minusDi(10).atrPct(1.5).atrPctPercentile(0.5)
            .bollingerWidth(0.04).bollingerWidthPercentile(0.5).regime(regime).previousRegime(regime);
        return out(MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength());
    }

    /** A snapshot with amounts as decimal text: equity, balance, unrealized, exposure, risk, fees, funding. */
    ReportJournal snapshot(final int botId, final String time, final String equity, final String balance,
        final String unrealized, final String exposure, final String openRisk, final String fees,
        final String funding, final int positions)
    {
        return snapshot(botId, time(time), amount(equity), amount(balance), amount(unrealized), amount(exposure),
            amount(openRisk), amount(fees), amount(funding), positions);
    }

    ReportJournal snapshot(final int botId, final long timeNs, final long equity, final long balance,
        final long unrealized, final long exposure, final long openRisk, final long fees, final long funding,
        final int positions)
    {
        final EquitySnapshotEncoder encoder = new EquitySnapshotEncoder().wrapAndApplyHeader(buffer, 0, header);
        encoder.botId(botId).timeNs(timeNs).equityMantissa(equity).balanceMantissa(balance)
            .unrealizedPnlMantissa(unrealized).grossExposureMantissa(exposure).openRiskMantissa(openRisk)
            .feesPaidMantissa(fees).fundingMantissa(funding).openPositions(positions);
        return out(MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength());
    }

    /** A closed trade; prices and size at the instrument's exponents, amounts at -8, all as decimal text. */
    ReportJournal trade(final int botId, final int strategyId, final int instrumentId, final PositionSide side,
        final String entryTime, final String exitTime, final String entry, final String exit, final String intended,
        final String size, final String realized, final String fees, final String funding, final String risk,
        final Regime regime, final ExitReason reason)
    {
        return trade(botId, strategyId, instrumentId, side, time(entryTime), time(exitTime), price(entry),
            price(exit), price(intended), size(size), amount(realized), amount(fees), amount(funding), amount(risk),
            regime, reason);
    }

    ReportJournal trade(final int botId, final int strategyId, final int instrumentId, final PositionSide side,
        final long entryTimeNs, final long exitTimeNs, final long entry, final long exit, final long intended,
        final long size, final long realized, final long fees, final long funding, final long risk,
        final Regime regime, final ExitReason reason)
    {
        final TradeClosedEncoder encoder = new TradeClosedEncoder().wrapAndApplyHeader(buffer, 0, header);
        encoder.botId(botId).strategyId(strategyId).instrumentId(instrumentId).positionSide(side)
            .entryTimeNs(entryTimeNs).exitTimeNs(exitTimeNs).entryPriceMantissa(entry).exitPriceMantissa(exit)
            .intendedEntryPriceMantissa(intended).sizeMantissa(size).realizedPnlMantissa(realized)
            .feesMantissa(fees).fundingMantissa(funding).riskAmountMantissa(risk).entryRegime(regime)
            .exitReason(reason);
        return out(MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength());
    }

    ReportJournal riskDecision(final int botId, final boolean accepted, final RejectReason reason)
    {
        final RiskDecisionEncoder encoder = new RiskDecisionEncoder().wrapAndApplyHeader(buffer, 0, header);
        encoder.botId(botId).strategyId(1).instrumentId(1).side(Side.BUY).positionSide(PositionSide.LONG)
            .accepted(accepted ? BooleanType.TRUE : BooleanType.FALSE).reason(reason).entryPriceMantissa(0)
            .stopPriceMantissa(0).takeProfitPriceMantissa(0).sizeMantissa(0).riskAmountMantissa(0)
            .equityMantissa(0).regime(Regime.RANGING).timeNs(0);
        return out(MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength());
    }

    private ReportJournal out(final int length)
    {
        outbound.append(sequence, buffer, 0, length);
        return this;
    }

    @Override
    public void close()
    {
        inbound.close();
        outbound.close();
        journal.close();
    }
}
