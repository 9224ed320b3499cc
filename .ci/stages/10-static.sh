# Stage: the harness's unit tests and every scenario with no target (static checks run; cluster and AWS
# scenarios report Skipped with their reason).
run_tests static
