# Writes sample-data/statlog_satellite.csv.gz from the mlbench R package's copy of UCI's Statlog (Landsat
# Satellite) data (Debian: apt-get install r-cran-mlbench). Run from the repository's root:
#   Rscript docs/data/statlog_satellite.R | gzip -9n > sample-data/statlog_satellite.csv.gz
# The rows, their order and every value are mlbench's, unchanged; only the columns are renamed.
suppressPackageStartupMessages(library(mlbench))
data(Satellite)
s <- Satellite
stopifnot(nrow(s) == 6435, ncol(s) == 37, !anyNA(s))
# UCI's published class counts (red soil, cotton crop, grey soil, damp grey soil, vegetation stubble,
# very damp grey soil).
stopifnot(all(as.vector(table(s$classes)) == c(1533, 703, 1358, 626, 707, 1508)))
# mlbench's x.1..x.36: the four spectral bands of each pixel of a 3x3 neighbourhood, pixels read left to
# right, top to bottom (x.17..x.20 are the central pixel). Named pixel_ROW_COL_bBAND so the names say it.
k <- 0:35
pixel <- k %/% 4
names(s)[1:36] <- sprintf("pixel_%d_%d_b%d", pixel %/% 3 + 1, pixel %% 3 + 1, k %% 4 + 1)
names(s)[37] <- "class"
s$class <- as.character(s$class)
stopifnot(!any(grepl(",", s$class)))
write.csv(s, stdout(), row.names = FALSE, quote = FALSE)
