# Reference values for Outlay's simple forecasting methods, accuracy and backtest,
# computed with R's forecast package. Run from the repository root:
#   Rscript scripts/forecast-reference-simple.R
# Writes tests/fixtures/forecast/simple-<series>.json (one per series) and
# tests/fixtures/forecast/simple-quantiles.json. Needs r-cran-forecast and r-cran-jsonlite.
suppressPackageStartupMessages({
  library(forecast)
  library(jsonlite)
})

out_dir <- "tests/fixtures/forecast"
dir.create(out_dir, recursive = TRUE, showWarnings = FALSE)

# A literal monthly IT-cost series (36 months, in thousands): a licence true-up each
# March, a slow upward drift and a one-off migration cost in month 20.
it_costs <- ts(c(
  412.5, 398.2, 455.9, 405.1, 410.7, 415.3, 409.8, 402.6, 420.4, 425.0, 418.9, 440.2,
  428.1, 415.6, 470.3, 421.7, 426.0, 431.8, 425.2, 519.4, 437.9, 441.3, 436.5, 458.8,
  445.2, 431.9, 489.6, 438.4, 442.1, 449.0, 441.7, 436.2, 455.3, 459.9, 452.8, 476.1
), frequency = 12, start = c(2023, 1))

intervals <- function(fc) {
  stopifnot(all(fc$level == c(80, 95))) # columns 1 and 2 are the 80 % and 95 % limits
  list(
    mean = as.numeric(fc$mean),
    lo80 = as.numeric(fc$lower[, 1]), hi80 = as.numeric(fc$upper[, 1]),
    lo95 = as.numeric(fc$lower[, 2]), hi95 = as.numeric(fc$upper[, 2]),
    fitted = as.numeric(fitted(fc))
  )
}

# Our moving average (no forecast-package equivalent): the forecast is the mean of the
# last k values; one-step errors e_t = y_t - mean(y[t-k..t-1]); the window is the one of
# 3, 6, 12 with the least mean squared error over the periods the longest can forecast;
# intervals are flat, mean +- qnorm * sqrt(mean(e^2)) over all of the window's errors.
moving_average <- function(y, h) {
  y <- as.numeric(y)
  n <- length(y)
  one_step <- function(k) c(rep(NA, k), stats::filter(y, rep(1 / k, k), sides = 1)[k:(n - 1)])
  windows <- c(3, 6, 12)
  windows <- windows[n >= windows + 3]
  from <- max(windows) + 1
  mse <- sapply(windows, function(k) mean((y[from:n] - one_step(k)[from:n])^2))
  k <- windows[which.min(mse)]
  f <- one_step(k)
  sigma <- sqrt(mean((y - f)^2, na.rm = TRUE))
  m <- rep(mean(tail(y, k)), h)
  list(
    window = k, sigma = sigma, mean = m, fitted = f,
    lo80 = m - qnorm(0.9) * sigma, hi80 = m + qnorm(0.9) * sigma,
    lo95 = m - qnorm(0.975) * sigma, hi95 = m + qnorm(0.975) * sigma
  )
}

smape <- function(actual, f) mean(ifelse(abs(actual) + abs(f) == 0, 0, 200 * abs(actual - f) / (abs(actual) + abs(f))))

# Rolling origin over the last 12 points, refit at each, h steps (cut at the end):
# MASE terms scaled by each origin's own training history (seasonal naive MAE).
backtest <- function(y, method, h) {
  n <- length(y)
  m <- frequency(y)
  scaled <- c()
  sm <- c()
  for (origin in (n - 12 + 1):n) { # origin = first forecast point (1-based)
    train <- window(y, end = time(y)[origin - 1])
    steps <- min(h, n - origin + 1)
    fc <- as.numeric(method(train, h = steps)$mean)
    actual <- as.numeric(y[origin:(origin + steps - 1)])
    lag <- if (m > 1 && length(train) > m) m else 1
    scale <- mean(abs(diff(as.numeric(train), lag = lag)))
    scaled <- c(scaled, abs(actual - fc) / scale)
    sm <- c(sm, ifelse(abs(actual) + abs(fc) == 0, 0, 200 * abs(actual - fc) / (abs(actual) + abs(fc))))
  }
  list(mase = mean(scaled), smape = mean(sm), points = length(sm))
}

reference <- function(name, y) {
  h <- 12
  n <- length(y)
  train <- window(y, end = time(y)[n - 12])
  test <- window(y, start = time(y)[n - 11])
  split <- list()
  for (m in c("naive", "snaive")) {
    fc <- get(m)(train, h = 12)
    a <- accuracy(fc, test)
    split[[m]] <- list(
      mean = as.numeric(fc$mean),
      MAE = a["Test set", "MAE"], RMSE = a["Test set", "RMSE"], MASE = a["Test set", "MASE"],
      sMAPE = smape(as.numeric(test), as.numeric(fc$mean))
    )
  }
  doc <- list(
    series = name,
    frequency = frequency(y),
    values = as.numeric(y),
    horizon = h,
    calls = list(
      naive = "naive(y, h = 12)",
      snaive = "snaive(y, h = 12)",
      tslm = "forecast(tslm(y ~ trend), h = 12)",
      accuracy = "accuracy(naive|snaive(train, h = 12), test) with train = all but the last 12",
      backtest = "loop over the last 12 origins with naive()/snaive(), h = 3 (see script)"
    ),
    naive = c(intervals(naive(y, h = h)), sigma = sqrt(mean(residuals(naive(y))^2, na.rm = TRUE))),
    snaive = intervals(snaive(y, h = h)),
    tslm = c(intervals(forecast(tslm(y ~ trend), h = h)), as.list(setNames(coef(tslm(y ~ trend)), c("intercept", "slope")))),
    movingAverage = moving_average(y, h),
    accuracy = split,
    backtest = list(
      horizon = 3,
      naive = backtest(y, naive, 3),
      snaive = backtest(y, snaive, 3)
    )
  )
  path <- file.path(out_dir, paste0("simple-", name, ".json"))
  writeLines(toJSON(doc, auto_unbox = TRUE, digits = NA, na = "null", pretty = TRUE), path)
  cat("wrote", path, "\n")
}

reference("air-passengers", AirPassengers)
reference("us-acc-deaths", USAccDeaths)
reference("it-costs", it_costs)

dfs <- c(1, 2, 3, 5, 10, 22, 34, 70, 142, 1000)
quant <- list(
  call = "qt(p, df) for p in 0.9, 0.975",
  df = dfs, q90 = qt(0.9, dfs), q975 = qt(0.975, dfs),
  qnorm90 = qnorm(0.9), qnorm975 = qnorm(0.975)
)
writeLines(toJSON(quant, auto_unbox = TRUE, digits = NA, pretty = TRUE), file.path(out_dir, "simple-quantiles.json"))
cat("wrote", file.path(out_dir, "simple-quantiles.json"), "\n")
