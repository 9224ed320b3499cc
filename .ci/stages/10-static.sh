# Stage: the harness's unit tests and every scenario with no target (static checks run; cluster and AWS
# scenarios report Skipped with their reason).
# The real metric pipeline (@prometheus-local, about 75 s) runs once, in its own stage 40-prometheus-local.
run_tests static --filter "Category!=prometheus-local"
