package com.tradefinder.tools.run;

import com.tradefinder.codecs.InstrumentDefinitionEncoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.TimerDecoder;
import com.tradefinder.codecs.TradeDecoder;
import com.tradefinder.codecs.TradeEncoder;
import com.tradefinder.tools.importer.EventSource;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The replay's clock and pace: definitions first, a Timer at every whole second of event time in between the events,
 * event-time deltas divided by the speed-up on the wall clock.
 */
class ReplaySourceTest
{
    private static final long SECOND = 1_000_000_000L;

    /** Three trades at 1000.5 s, 1002.0 s and 1003.5 s after one definition. */
    private static final class ThreeTrades implements EventSource
    {
        private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        private final long[] times = { 1000 * SECOND + SECOND / 2, 1002 * SECOND, 1003 * SECOND + SECOND / 2 };
        private int index = -1;
        private int length;
        boolean closed;

        @Override
        public boolean next()
        {
            index++;
            if (index == 0)
            {
                length = MessageHeaderEncoder.ENCODED_LENGTH + new InstrumentDefinitionEncoder()
                    .wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder()).instrumentId(1).encodedLength();
                return true;
            }
            if (index > times.length)
            {
                return false;
            }
            length = MessageHeaderEncoder.ENCODED_LENGTH + new TradeEncoder()
                .wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder())
                .instrumentId(1).exchangeTimeNs(timeNs()).receiveTimeNs(timeNs()).tradeId(index).encodedLength();
            return true;
        }

        @Override
        public long timeNs()
        {
            return index == 0 ? 0 : times[index - 1];
        }

        @Override
        public DirectBuffer buffer()
        {
            return buffer;
        }

        @Override
        public int offset()
        {
            return 0;
        }

        @Override
        public int length()
        {
            return length;
        }

        @Override
        public String name()
        {
            return "three-trades";
        }

        @Override
        public void close()
        {
            closed = true;
        }
    }

    /** Records "Trade@s" and "Timer@s" with the event time in seconds. */
    private static final class Recorder implements InboundPublisher
    {
        final List<String> events = new CopyOnWriteArrayList<>();
        private final MessageHeaderDecoder header = new MessageHeaderDecoder();

        @Override
        public long publish(final DirectBuffer buffer, final int offset, final int length)
        {
            header.wrap(buffer, offset);
            switch (header.templateId())
            {
                case TradeDecoder.TEMPLATE_ID:
                    events.add("Trade@" + new TradeDecoder().wrapAndApplyHeader(buffer, offset, header)
                        .exchangeTimeNs() / (SECOND / 10) / 10.0);
                    break;
                case TimerDecoder.TEMPLATE_ID:
                    final TimerDecoder timer = new TimerDecoder().wrapAndApplyHeader(buffer, offset, header);
                    events.add("Timer" + timer.timerId() + "@" + timer.timeNs() / SECOND);
                    break;
                default:
                    events.add("Template" + header.templateId());
                    break;
            }
            return events.size();
        }

        @Override
        public long tryPublish(final DirectBuffer buffer, final int offset, final int length)
        {
            return publish(buffer, offset, length);
        }
    }

    @Test
    void shouldPlayTimersAtEverySecondOfEventTimeAtTenTimesThePace() throws InterruptedException
    {
        // arrange
        final ThreeTrades input = new ThreeTrades();
        final Recorder ring = new Recorder();
        final ReplaySource replay = new ReplaySource(input, ReplayPace.parse("10x"));

        // act
        replay.publishDefinitions(ring);
        final List<String> definitions = new ArrayList<>(ring.events);
        final long startedNs = System.nanoTime();
        replay.start(ring);
        final boolean ended = replay.awaitEnd(10_000);
        final long elapsedMs = (System.nanoTime() - startedNs) / 1_000_000;
        replay.close();

        // assert: 3 s of event time at 10x take 300 ms on the wall clock
        assertThat(ended).isTrue();
        assertThat(definitions).containsExactly("Template" + InstrumentDefinitionEncoder.TEMPLATE_ID);
        assertThat(ring.events.subList(1, ring.events.size())).containsExactly(
            "Trade@1000.5", "Timer1@1001", "Timer1@1002", "Trade@1002.0", "Timer1@1003", "Trade@1003.5");
        assertThat(elapsedMs).isBetween(280L, 3_000L);
        assertThat(replay.timeNs()).isEqualTo(1003 * SECOND + SECOND / 2);
        assertThat(input.closed).isTrue();
    }

    @Test
    void shouldPlayAsFastAsPossibleAtMaxPace() throws InterruptedException
    {
        // arrange
        final Recorder ring = new Recorder();
        final ReplaySource replay = new ReplaySource(new ThreeTrades(), ReplayPace.MAX);

        // act
        replay.start(ring);
        final boolean ended = replay.awaitEnd(250);
        replay.close();

        // assert
        assertThat(ended).isTrue();
        assertThat(ring.events).hasSize(6);
    }

    @Test
    void shouldCloseTheInputWhenClosedBeforeStarting() throws InterruptedException
    {
        // arrange
        final ThreeTrades input = new ThreeTrades();
        final ReplaySource replay = new ReplaySource(input, ReplayPace.ORIGINAL);

        // act
        replay.close();

        // assert
        assertThat(replay.awaitEnd(1_000)).isTrue();
        assertThat(input.closed).isTrue();
        assertThat(replay.published()).isZero();
        assertThat(replay.instruments()).isEqualTo(1);
    }

    @Test
    void shouldParsePacesAndRefuseOthersInOneLine()
    {
        // act, assert
        assertThat(ReplayPace.parse("1")).isEqualTo(ReplayPace.ORIGINAL);
        assertThat(ReplayPace.parse("10x").speedup()).isEqualTo(10);
        assertThat(ReplayPace.parse("MAX")).isEqualTo(ReplayPace.MAX);
        assertThatThrownBy(() -> ReplayPace.parse("0x")).hasMessage(
            "pace=0x is not 1, Nx (N from 1 to 1000000) or max");
        assertThatThrownBy(() -> ReplayPace.parse("fast")).isInstanceOf(IllegalArgumentException.class);
    }
}
