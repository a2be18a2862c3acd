package com.tradefinder.engine.execution;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientOrderIdsTest
{
    @Test
    void shouldPackBotStrategyAndSequence()
    {
        final ClientOrderIds ids = new ClientOrderIds(7);

        final long id = ids.next(3);

        assertThat(id).isEqualTo((7L << 48) | (3L << 40) | 1L);
        assertThat(ClientOrderIds.botId(id)).isEqualTo(7);
        assertThat(ClientOrderIds.strategyId(id)).isEqualTo(3);
        assertThat(ClientOrderIds.sequence(id)).isEqualTo(1);
    }

    @Test
    void shouldIncreaseStrictlyPerBotWhateverTheStrategy()
    {
        final ClientOrderIds ids = new ClientOrderIds(1);
        long previousSequence = 0;

        for (int i = 0; i < 1000; i++)
        {
            final long id = ids.next(i % 3 == 0 ? 255 : i % 7);
            assertThat(ClientOrderIds.sequence(id)).isEqualTo(previousSequence + 1);
            previousSequence = ClientOrderIds.sequence(id);
        }
        assertThat(ids.sequence()).isEqualTo(1000);
    }

    @Test
    void shouldIssueTheSameIdsForTheSameCallsTwice()
    {
        final ClientOrderIds first = new ClientOrderIds(12);
        final ClientOrderIds second = new ClientOrderIds(12);

        for (int i = 0; i < 100; i++)
        {
            assertThat(second.next(i % 5)).isEqualTo(first.next(i % 5));
        }
    }

    @Test
    void shouldResumeAboveObservedIdsOfItsOwnBotOnly()
    {
        final ClientOrderIds ids = new ClientOrderIds(2);

        ids.observe(ClientOrderIds.compose(2, 4, 41));
        ids.observe(ClientOrderIds.compose(2, 1, 17));
        ids.observe(ClientOrderIds.compose(3, 1, 99));

        assertThat(ClientOrderIds.sequence(ids.next(0))).isEqualTo(42);
    }

    @Test
    void shouldKeepEveryIdPositive()
    {
        final ClientOrderIds ids = new ClientOrderIds(ClientOrderIds.MAX_BOT_ID);
        ids.observe(ClientOrderIds.compose(ClientOrderIds.MAX_BOT_ID, 0, ClientOrderIds.MAX_SEQUENCE - 1));

        final long id = ids.next(ClientOrderIds.MAX_STRATEGY_ID);

        assertThat(id).isPositive();
        assertThat(ClientOrderIds.botId(id)).isEqualTo(ClientOrderIds.MAX_BOT_ID);
        assertThatThrownBy(() -> ids.next(0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldRefuseIdsOutOfRange()
    {
        assertThatThrownBy(() -> new ClientOrderIds(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientOrderIds(ClientOrderIds.MAX_BOT_ID + 1))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientOrderIds(1).next(256)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientOrderIds(1).next(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
