package com.tradefinder.engine.execution;

import com.tradefinder.codecs.OrderType;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.engine.marketdata.InstrumentSpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExecutionSettingsTest
{
    @Test
    void shouldStartFromDocumentedDefaults()
    {
        final ExecutionSettings settings = new ExecutionSettings().validate();

        assertThat(settings.entryType()).isEqualTo(OrderType.LIMIT);
        assertThat(settings.entryTimeoutNs()).isEqualTo(ExecutionSettings.DEFAULT_ENTRY_TIMEOUT_NS);
        assertThat(settings.maxReprices()).isEqualTo(ExecutionSettings.DEFAULT_MAX_REPRICES);
        assertThat(settings.abandonAfterBps()).isEqualTo(ExecutionSettings.DEFAULT_ABANDON_AFTER_BPS);
        assertThat(settings.hedgeMode()).isTrue();
        assertThat(settings.takeProfitEnabled()).isTrue();
    }

    @Test
    void shouldNameTheFirstBadSetting()
    {
        assertThatThrownBy(() -> new ExecutionSettings().entryType(OrderType.STOP_MARKET).validate())
            .hasMessageContaining("entryType");
        assertThatThrownBy(() -> new ExecutionSettings().entryTimeoutNs(-1).validate())
            .hasMessageContaining("entryTimeoutNs");
        assertThatThrownBy(() -> new ExecutionSettings().maxReprices(-1).validate())
            .hasMessageContaining("maxReprices");
        assertThatThrownBy(() -> new ExecutionSettings().abandonAfterBps(-1).validate())
            .hasMessageContaining("abandonAfterBps");
    }

    @Test
    void shouldCopyTheSettingsIntoTheManager()
    {
        final ExecutionSettings settings = Fixture.settings();
        final RecordingCommands commands = new RecordingCommands();
        final OrderManager manager = new OrderManager(1, settings, commands, new RecordingListener(), 16);
        final InstrumentSpec spec = new InstrumentSpec().set(5, -2, 0, 10, 1, 1, 0, 125);

        settings.entryType(OrderType.MARKET);
        manager.submitEntry(1, spec, PositionSide.LONG, 10_000, 9_500, 0, 1, 10_000, 0, 1);

        assertThat(commands.sent).containsExactly("new #1 ENTRY LIMIT BUY LONG price=10000 stop=0 size=1 " +
            "reduceOnly=false");
        assertThatThrownBy(() -> new OrderManager(1, settings, commands, new RecordingListener(), 3))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
