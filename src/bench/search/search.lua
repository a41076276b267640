-- wrk script: rotates through search requests of varying selectivity (terms, phrases, exclusions, filters).
local paths = {
  "/api/search?q=treasury%20auction",
  "/api/search?q=%22balance%20sheet%22",
  "/api/search?q=bitcoin%20-etf&driver=liquidity",
  "/api/search?q=stagflation",
  "/api/search?q=gold%20or%20copper&asset=GOLD",
  "/api/search?q=payrolls%20unemployment&driver=growth:%2B",
  "/api/search?q=ecb%20hawkish",
  "/api/search?q=opec%20supply%20shock&sentiment=negative",
  "/api/search?q=repo%20funding&source=3",
  "/api/search?q=volatility%20selloff&from=2025-01-01",
}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
