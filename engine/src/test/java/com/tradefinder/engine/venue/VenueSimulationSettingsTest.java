package com.tradefinder.engine.venue;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Settings: defaults, exact hundredths of a basis point, and one clear line for each bad value.
 */
class VenueSimulationSettingsTest
{
    @Test
    void shouldDefaultToBinanceRegularFeesAndNoLatencyOrSlippage()
    {
        final VenueSimulationSettings settings = new VenueSimulationSettings().conclude();

        assertThat(settings.makerFeeCentiBps()).isEqualTo(200);
        assertThat(settings.takerFeeCentiBps()).isEqualTo(500);
        assertThat(settings.slippageCentiBps()).isZero();
        assertThat(settings.latencyNs()).isZero();
        assertThat(settings.touchFills()).isFalse();
        assertThat(settings.fundingEnabled()).isTrue();
        assertThat(settings.startingBalanceMantissa()).isEqualTo(10_000L * 100_000_000L);
        assertThat(settings.maxLeverage()).isEqualTo(125);
        assertThat(settings.defaultLeverage()).isEqualTo(20);
    }

    @Test
    void shouldKeepFractionalBasisPointsExactly()
    {
        final VenueSimulationSettings settings =
            new VenueSimulationSettings().takerFeeBps(5.5).makerFeeBps(1.7).slippageBps(0.01).conclude();

        assertThat(settings.takerFeeCentiBps()).isEqualTo(550);
        assertThat(settings.makerFeeCentiBps()).isEqualTo(170);
        assertThat(settings.slippageCentiBps()).isEqualTo(1);
    }

    @Test
    void shouldGiveEachBotItsOwnStartingBalanceOrTheDefault()
    {
        final VenueSimulationSettings settings =
            new VenueSimulationSettings().startingBalanceMantissa(5L).startingBalanceMantissa(3, 9L);
        final Map<Long, Long> seen = new HashMap<>();

        settings.forEachBotStartingBalance(seen::put);

        assertThat(settings.startingBalanceMantissa(3)).isEqualTo(9L);
        assertThat(settings.startingBalanceMantissa(4)).isEqualTo(5L);
        assertThat(seen).containsExactly(Map.entry(3L, 9L));
    }

    @Test
    void shouldRefuseBadValuesNamingTheSetting()
    {
        assertThatThrownBy(() -> new VenueSimulationSettings().takerFeeBps(-1).conclude())
            .hasMessageStartingWith("takerFeeBps must be in");
        assertThatThrownBy(() -> new VenueSimulationSettings().makerFeeBps(0.001).conclude())
            .hasMessageStartingWith("makerFeeBps must be a whole number of hundredths");
        assertThatThrownBy(() -> new VenueSimulationSettings().slippageBps(Double.NaN).conclude())
            .hasMessageStartingWith("slippageBps must be in");
        assertThatThrownBy(() -> new VenueSimulationSettings().latencyNs(-1).conclude())
            .hasMessageStartingWith("latencyNs must be >= 0");
        assertThatThrownBy(() -> new VenueSimulationSettings().startingBalanceMantissa(2, -1).conclude())
            .hasMessageStartingWith("startingBalanceMantissa of bot 2");
        assertThatThrownBy(() -> new VenueSimulationSettings().maxLeverage(10).conclude())
            .hasMessageStartingWith("defaultLeverage must be in [1, 10]");
        assertThatThrownBy(() -> new VenueSimulationSettings().asset("TOOLONGASSET").conclude())
            .hasMessageStartingWith("asset must be 1..8 ASCII characters");
        assertThatThrownBy(() -> new VenueSimulationSettings().orderPoolCapacity(0).conclude())
            .hasMessageStartingWith("orderPoolCapacity must be >= 1");
    }
}
