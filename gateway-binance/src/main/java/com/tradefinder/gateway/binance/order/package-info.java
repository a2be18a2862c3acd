/**
 * Binance USDⓈ-M order entry: engine NewOrder, CancelOrder and VenueSetup commands to signed REST requests
 * ({@link com.tradefinder.gateway.binance.order.OrderRequestEncoder}, allocation-free) and the venue's answers to
 * OrderAccepted and OrderRejected ({@link com.tradefinder.gateway.binance.order.BinanceOrderEntry}).
 */
package com.tradefinder.gateway.binance.order;
