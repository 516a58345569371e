pub const RUNS: u64 = 0;
