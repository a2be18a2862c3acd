package com.tradefinder.engine.risk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskLimitsTest
{
    @Test
    void shouldHaveExplicitDefaults()
    {
        // act
        final RiskLimits limits = new RiskLimits();

        // assert
        assertThat(limits.riskPerTradeBps()).isEqualTo(100);
        assertThat(limits.strategyAllocationCapBps()).isEqualTo(2_500);
        assertThat(limits.maxTotalExposureBps()).isEqualTo(30_000);
        assertThat(limits.maxLeverage()).isEqualTo(5);
        assertThat(limits.maxPortfolioHeatBps()).isEqualTo(600);
        assertThat(limits.dailyLossLimitBps()).isEqualTo(300);
        assertThat(limits.maxDrawdownBps()).isEqualTo(2_000);
        assertThat(limits.maxOrdersPerMinute()).isEqualTo(30);
        assertThat(limits.priceBandBps()).isEqualTo(200);
        assertThat(limits.whitelistSize()).isZero();
        assertThat(limits.riskPerTradeBpsOf(0)).isEqualTo(100);
        assertThat(limits.allocationCapBpsOf(0)).isEqualTo(2_500);
    }

    @Test
    void shouldApplyPerStrategyOverridesOverTheDefaults()
    {
        // act
        final RiskLimits limits = new RiskLimits().riskPerTradeBps(2, 250).allocationCapBps(3, 5_000)
            .riskPerTradeBps(150);

        // assert
        assertThat(limits.riskPerTradeBpsOf(2)).isEqualTo(250);
        assertThat(limits.riskPerTradeBpsOf(0)).isEqualTo(150);
        assertThat(limits.riskPerTradeBpsOf(1)).isEqualTo(150);
        assertThat(limits.riskPerTradeBpsOf(9)).isEqualTo(150);
        assertThat(limits.allocationCapBpsOf(3)).isEqualTo(5_000);
        assertThat(limits.allocationCapBpsOf(2)).isEqualTo(2_500);
        assertThat(limits.riskPerTradeBps(2, RiskLimits.UNSET).riskPerTradeBpsOf(2)).isEqualTo(150);
    }

    @Test
    void shouldWhitelistInstrumentIds()
    {
        // act
        final RiskLimits limits = new RiskLimits().whitelist(1).whitelist(7);

        // assert
        assertThat(limits.whitelisted(1)).isTrue();
        assertThat(limits.whitelisted(7)).isTrue();
        assertThat(limits.whitelisted(2)).isFalse();
        assertThat(limits.whitelisted(-1)).isFalse();
        assertThat(limits.whitelisted(100)).isFalse();
        assertThat(limits.whitelistSize()).isEqualTo(2);
        assertThat(limits.clearWhitelist().whitelistSize()).isZero();
    }

    @Test
    void shouldRejectEachSettingOutOfRangeWithOneLine()
    {
        assertInvalid(valid().riskPerTradeBps(9), "riskPerTradeBps=9 out of range [10, 300]");
        assertInvalid(valid().riskPerTradeBps(301), "riskPerTradeBps=301 out of range [10, 300]");
        assertInvalid(valid().riskPerTradeBps(2, 400), "riskPerTradeBps[strategy 2]=400 out of range [10, 300]");
        assertInvalid(valid().maxTotalExposureBps(0), "maxTotalExposureBps=0 out of range [1, 1250000]");
        assertInvalid(valid().strategyAllocationCapBps(40_000),
            "strategyAllocationCapBps=40000 out of range [1, 30000]");
        assertInvalid(valid().allocationCapBps(1, 30_001),
            "allocationCapBps[strategy 1]=30001 out of range [0, 30000]");
        assertInvalid(valid().maxLeverage(0), "maxLeverage=0 out of range [1, 125]");
        assertInvalid(valid().maxLeverage(126), "maxLeverage=126 out of range [1, 125]");
        assertInvalid(valid().maxPortfolioHeatBps(99), "maxPortfolioHeatBps=99 out of range [100, 10000]");
        assertInvalid(valid().riskPerTradeBps(0, 300).maxPortfolioHeatBps(200),
            "maxPortfolioHeatBps=200 out of range [300, 10000]");
        assertInvalid(valid().dailyLossLimitBps(0), "dailyLossLimitBps=0 out of range [1, 10000]");
        assertInvalid(valid().maxDrawdownBps(10_001), "maxDrawdownBps=10001 out of range [1, 10000]");
        assertInvalid(valid().maxOrdersPerMinute(0), "maxOrdersPerMinute=0 out of range [1, 10000]");
        assertInvalid(valid().priceBandBps(0), "priceBandBps=0 out of range [1, 10000]");
        assertInvalid(valid().clearWhitelist(), "whitelist is empty: list at least one instrument id");
        assertThatThrownBy(() -> valid().whitelist(-1)).hasMessageContaining("must not be negative");
    }

    @Test
    void shouldAcceptTheDefaultsWithAWhitelist()
    {
        assertThat(valid().validate()).isNotNull();
        assertThat(valid().riskPerTradeBps(300).maxPortfolioHeatBps(300).validate().riskPerTradeBps()).isEqualTo(300);
    }

    @Test
    void shouldCopyIndependently()
    {
        // arrange
        final RiskLimits original = valid().allocationCapBps(1, 1_000).riskPerTradeBps(1, 50);

        // act
        final RiskLimits copy = new RiskLimits().copyFrom(original);
        original.allocationCapBps(1, 2_000).whitelist(5).maxLeverage(3);

        // assert
        assertThat(copy.allocationCapBpsOf(1)).isEqualTo(1_000);
        assertThat(copy.riskPerTradeBpsOf(1)).isEqualTo(50);
        assertThat(copy.whitelisted(5)).isFalse();
        assertThat(copy.maxLeverage()).isEqualTo(5);
        assertThat(copy.stateHash(1L)).isNotEqualTo(original.stateHash(1L));
    }

    @Test
    void shouldNotChangeARunningEngineWhenTheHolderChanges()
    {
        // arrange
        final RiskLimits limits = valid();
        final RiskEngine engine = new RiskEngine(limits);

        // act
        limits.maxLeverage(2).whitelist(9);

        // assert
        assertThat(engine.limits().maxLeverage()).isEqualTo(5);
        assertThat(engine.limits().whitelisted(9)).isFalse();
    }

    private static RiskLimits valid()
    {
        return new RiskLimits().whitelist(1);
    }

    private static void assertInvalid(final RiskLimits limits, final String message)
    {
        assertThatThrownBy(limits::validate).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }
}
