"""Large council files and long sessions, shared by the soak test and the benchmarks."""
