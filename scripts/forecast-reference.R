# Reference values for Outlay's exponential-smoothing forecasts, from R's forecast package.
#
#   Rscript scripts/forecast-reference.R            (from the repository root)
#
# Writes tests/fixtures/forecast/ets-<series>.json. The unit tests read these files (CI has no R).
# For every series it fits each candidate model Outlay implements with an explicit call, e.g.
# ets(y, model = "AAN", damped = TRUE), and records the fitted parameters, initial states, AICc,
# sigma^2, fitted values and forecast(fit, h) (point forecasts with 80 % and 95 % intervals).
#
# Automatic selection: Outlay's "auto" chooses among ANN, AAN, AAdN and, with >= 2 full seasons,
# AAA and MAM (MAM only for strictly positive data). R's ets(y) searches a larger set (MNN, ANA,
# AAdA, MAdM, ...), so ets(y) is not the reference; instead "auto.best" is the candidate with
# the lowest AICc among exactly those fits, i.e. what ets(y) would pick if restricted to them.
# R's own unrestricted choice is recorded as "auto.rUnrestricted" for information only.

suppressPackageStartupMessages({
  library(forecast)
  library(jsonlite)
})

out_dir <- file.path("tests", "fixtures", "forecast")
dir.create(out_dir, recursive = TRUE, showWarnings = FALSE)

candidates <- list(
  ANN = list(model = "ANN", damped = FALSE, seasonal = FALSE, multiplicative = FALSE),
  AAN = list(model = "AAN", damped = FALSE, seasonal = FALSE, multiplicative = FALSE),
  AAdN = list(model = "AAN", damped = TRUE, seasonal = FALSE, multiplicative = FALSE),
  AAA = list(model = "AAA", damped = FALSE, seasonal = TRUE, multiplicative = FALSE),
  MAM = list(model = "MAM", damped = FALSE, seasonal = TRUE, multiplicative = TRUE)
)

fit_one <- function(y, spec, h) {
  call <- sprintf('ets(y, model = "%s", damped = %s)', spec$model, spec$damped)
  fit <- ets(y, model = spec$model, damped = spec$damped)
  fc <- forecast(fit, h = h, level = c(80, 95))
  list(
    call = call,
    method = fit$method,
    params = as.list(fit$par[intersect(c("alpha", "beta", "gamma", "phi"), names(fit$par))]),
    initial = unname(as.numeric(fit$initstate)),
    loglik = fit$loglik,
    aic = fit$aic,
    aicc = fit$aicc,
    sigma2 = fit$sigma2,
    fitted = as.numeric(fitted(fit)),
    mean = as.numeric(fc$mean),
    lo80 = as.numeric(fc$lower[, 1]),
    hi80 = as.numeric(fc$upper[, 1]),
    lo95 = as.numeric(fc$lower[, 2]),
    hi95 = as.numeric(fc$upper[, 2])
  )
}

write_fixture <- function(slug, description, y, h) {
  m <- frequency(y)
  seasonal_ok <- m > 1 && length(y) >= 2 * m
  positive <- min(y) > 0
  fits <- list()
  for (name in names(candidates)) {
    spec <- candidates[[name]]
    if (spec$seasonal && !seasonal_ok) next
    if (spec$multiplicative && !positive) next
    fits[[name]] <- fit_one(y, spec, h)
  }
  aiccs <- vapply(fits, function(f) f$aicc, numeric(1))
  unrestricted <- ets(y)
  fixture <- list(
    series = slug,
    description = description,
    rVersion = paste(R.version$major, R.version$minor, sep = "."),
    forecastVersion = as.character(packageVersion("forecast")),
    frequency = m,
    values = as.numeric(y),
    h = h,
    models = fits,
    auto = list(
      candidates = names(fits),
      aicc = as.list(aiccs),
      best = names(aiccs)[which.min(aiccs)],
      rUnrestricted = unrestricted$method
    )
  )
  path <- file.path(out_dir, sprintf("ets-%s.json", slug))
  writeLines(toJSON(fixture, auto_unbox = TRUE, digits = NA, pretty = TRUE), path)
  cat("wrote", path, "best:", fixture$auto$best, "R ets(y):", unrestricted$method, "\n")
}

# Monthly airline passengers 1949-1960: trend with multiplicative seasonality.
write_fixture("airpassengers", "R datasets::AirPassengers (144 months)", AirPassengers, 24)

# Monthly accidental deaths in the USA 1973-1978: additive-looking seasonality.
write_fixture("usaccdeaths", "R datasets::USAccDeaths (72 months)", USAccDeaths, 24)

# Annual passenger miles flown by US airlines 1937-1960: short, strongly trended, no season.
write_fixture("airmiles", "R datasets::airmiles (24 years, non-seasonal)", airmiles, 12)

# An IT-cost-like monthly series (3 years): January renewals, a Q4 peak and a step up
# in month 21 when a new contract starts.
it_cost <- ts(c(
  9614.1, 8080.26, 7793.2, 8374.02, 7782.74, 7783.77, 7723.9, 7448.15, 8617.74, 8731.75,
  8960.06, 9535.98, 9612.23, 8446.06, 8225.33, 8855.57, 7906.9, 7754.04, 7611.86, 7544.65,
  10680.94, 10931.19, 11328.15, 11764.04, 12723.44, 10505.76, 10043.7, 11462.41, 10512.27,
  10480.0, 9613.56, 9393.07, 10806.25, 11222.81, 11679.18, 12368.34
), frequency = 12)
write_fixture("itcost", "Synthetic IT cost, 36 months, seasonality and a step", it_cost, 12)

# 30 months: two full seasons but fewer than three, so ets starts the seasonal states
# from a trend + Fourier regression instead of a classical decomposition.
write_fixture("usaccdeaths30", "First 30 months of USAccDeaths", ts(USAccDeaths[1:30], frequency = 12), 12)

# 18 months: fewer than two seasons, so only the non-seasonal candidates apply.
short_cost <- ts(c(
  4153.11, 4383.31, 4495.4, 4352.41, 4292.52, 4482.14, 4585.36, 4697.78, 4458.1, 4486.86,
  4764.71, 4774.89, 4940.05, 4911.9, 4819.79, 4837.09, 5216.46, 4911.34
), frequency = 12)
write_fixture("short18", "Synthetic IT cost, 18 months (under two seasons)", short_cost, 12)
