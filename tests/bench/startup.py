# startup: an empty program; scripts/bench runs it many times to measure
# start-up time and the smallest peak RSS of each runtime.
