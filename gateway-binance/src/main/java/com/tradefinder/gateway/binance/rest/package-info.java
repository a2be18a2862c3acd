/**
 * Binance USDⓈ-M REST: request signing ({@link com.tradefinder.gateway.binance.rest.BinanceSigner}), the Netty
 * HTTP/1.1 client ({@link com.tradefinder.gateway.binance.rest.BinanceRestClient}), rate limits and their
 * GatewayStatus ({@link com.tradefinder.gateway.binance.rest.RateLimits}), error codes
 * ({@link com.tradefinder.gateway.binance.rest.BinanceErrors}), exchangeInfo filters
 * ({@link com.tradefinder.gateway.binance.rest.ExchangeInfo}) and the user-data listenKey
 * ({@link com.tradefinder.gateway.binance.rest.ListenKeys}).
 */
package com.tradefinder.gateway.binance.rest;
