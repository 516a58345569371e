//! The shortest a build could take with N workers, from its units' times and the unit
//! graph: the critical path (N without limit), and a list-scheduling simulation for a
//! given N. A unit holds a worker from its start to its end, as a cargo job does; a
//! unit that needs only another's metadata may start once that unit has run for its
//! metadata time (cargo's pipelining), and otherwise once that unit has finished.
//! Among the units ready at a moment, the one with the longest path still ahead of it
//! goes first (cargo's own scheduler favours the units with the most waiting on them,
//! to the same end).

use serde::Serialize;

/// One unit of work.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Task {
    /// What it is, for people (`serde_derive proc-macro`).
    pub name: String,
    /// Its time.
    pub seconds: f64,
    /// When its metadata was ready, in seconds after its start; `None` when nothing
    /// can use its metadata early (a binary, a build script's run).
    pub metadata_at: Option<f64>,
}

/// `tasks[unit]` waits for `tasks[on]`: its metadata, or all of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Wait {
    /// The unit that waits.
    pub unit: usize,
    /// The unit it waits for.
    pub on: usize,
    /// Whether the metadata is enough.
    pub metadata: bool,
}

/// A build as tasks and waits.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Graph {
    /// The units.
    pub tasks: Vec<Task>,
    /// Who waits for whom.
    pub waits: Vec<Wait>,
}

/// The graph has a cycle, or a wait names a unit that does not exist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inconsistent(pub String);

impl std::fmt::Display for Inconsistent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the unit graph is inconsistent: {}", self.0)
    }
}

impl std::error::Error for Inconsistent {}

impl Graph {
    /// When a unit waiting on `w` may start, given the other's start.
    fn released(&self, w: &Wait, start: f64) -> f64 {
        let on = &self.tasks[w.on];
        match (w.metadata, on.metadata_at) {
            (true, Some(m)) => start + m.min(on.seconds),
            _ => start + on.seconds,
        }
    }

    fn check(&self) -> Result<(), Inconsistent> {
        let n = self.tasks.len();
        if let Some(w) = self.waits.iter().find(|w| w.unit >= n || w.on >= n) {
            return Err(Inconsistent(format!(
                "a wait names unit {} of {n}",
                w.unit.max(w.on)
            )));
        }
        Ok(())
    }

    /// Units in an order where every unit comes after those it waits for.
    fn topological(&self) -> Result<Vec<usize>, Inconsistent> {
        self.check()?;
        let n = self.tasks.len();
        let mut pending = vec![0usize; n];
        for w in &self.waits {
            pending[w.unit] += 1;
        }
        let mut order: Vec<usize> = (0..n).filter(|&i| pending[i] == 0).collect();
        let mut next = 0;
        while next < order.len() {
            let u = order[next];
            next += 1;
            for w in self.waits.iter().filter(|w| w.on == u) {
                pending[w.unit] -= 1;
                if pending[w.unit] == 0 {
                    order.push(w.unit);
                }
            }
        }
        if order.len() < n {
            return Err(Inconsistent("a cycle".into()));
        }
        Ok(order)
    }

    /// The length of the longest path from each unit's start to the end of the build.
    fn tails(&self, order: &[usize]) -> Vec<f64> {
        let mut tail: Vec<f64> = self.tasks.iter().map(|t| t.seconds).collect();
        for &u in order.iter().rev() {
            for w in self.waits.iter().filter(|w| w.on == u) {
                let lead = self.released(w, 0.0);
                tail[u] = tail[u].max(lead + tail[w.unit]);
            }
        }
        tail
    }

    /// The critical path: the shortest the build can take with as many workers as it
    /// likes, and the units along it, first to last.
    pub fn critical_path(&self) -> Result<(f64, Vec<usize>), Inconsistent> {
        let order = self.topological()?;
        let n = self.tasks.len();
        let mut start = vec![0.0_f64; n];
        let mut by: Vec<Option<usize>> = vec![None; n];
        for &u in &order {
            for w in self.waits.iter().filter(|w| w.unit == u) {
                let at = self.released(w, start[w.on]);
                if at > start[u] {
                    start[u] = at;
                    by[u] = Some(w.on);
                }
            }
        }
        let Some(last) = (0..n).max_by(|&a, &b| {
            (start[a] + self.tasks[a].seconds).total_cmp(&(start[b] + self.tasks[b].seconds))
        }) else {
            return Ok((0.0, Vec::new()));
        };
        let mut path = vec![last];
        while let Some(prev) = by[*path.last().expect("not empty")] {
            path.push(prev);
        }
        path.reverse();
        Ok((start[last] + self.tasks[last].seconds, path))
    }

    /// The build's length with `workers` workers, by list scheduling.
    pub fn simulate(&self, workers: usize) -> Result<f64, Inconsistent> {
        let order = self.topological()?;
        let tail = self.tails(&order);
        let n = self.tasks.len();
        let workers = workers.max(1);
        let mut start: Vec<Option<f64>> = vec![None; n];
        let mut done = 0;
        let mut now = 0.0_f64;
        let mut end = 0.0_f64;
        // Ends of the running units, to know when a worker frees.
        let mut running: Vec<(f64, usize)> = Vec::new();
        while done < n {
            running.retain(|&(finish, _)| {
                if finish <= now + 1e-9 {
                    done += 1;
                    false
                } else {
                    true
                }
            });
            // Start what is ready, longest path ahead first.
            let mut ready: Vec<usize> = (0..n)
                .filter(|&u| start[u].is_none())
                .filter(|&u| {
                    self.waits
                        .iter()
                        .filter(|w| w.unit == u)
                        .all(|w| start[w.on].is_some_and(|s| self.released(w, s) <= now + 1e-9))
                })
                .collect();
            ready.sort_by(|&a, &b| tail[b].total_cmp(&tail[a]).then(a.cmp(&b)));
            for u in ready {
                if running.len() >= workers {
                    break;
                }
                start[u] = Some(now);
                let finish = now + self.tasks[u].seconds;
                end = end.max(finish);
                running.push((finish, u));
            }
            if done == n {
                break;
            }
            // A unit that took no time ends now: free its worker and look again.
            if running.iter().any(|&(finish, _)| finish <= now + 1e-9) {
                continue;
            }
            // The next moment something changes: a unit ends, or one's metadata is ready.
            let next = self
                .waits
                .iter()
                .filter_map(|w| start[w.on].map(|s| self.released(w, s)))
                .chain(running.iter().map(|&(f, _)| f))
                .filter(|&t| t > now + 1e-9)
                .fold(f64::INFINITY, f64::min);
            if !next.is_finite() {
                return Err(Inconsistent("units wait for nothing that will end".into()));
            }
            now = next;
        }
        Ok(end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn task(name: &str, seconds: f64, metadata_at: Option<f64>) -> Task {
        Task {
            name: name.into(),
            seconds,
            metadata_at,
        }
    }

    fn wait(unit: usize, on: usize, metadata: bool) -> Wait {
        Wait { unit, on, metadata }
    }

    #[test]
    fn independent_units_share_the_workers() {
        let g = Graph {
            tasks: (0..4).map(|i| task(&format!("u{i}"), 1.0, None)).collect(),
            waits: vec![],
        };
        assert_eq!(g.simulate(1).unwrap(), 4.0);
        assert_eq!(g.simulate(2).unwrap(), 2.0);
        assert_eq!(g.simulate(64).unwrap(), 1.0);
        assert_eq!(g.critical_path().unwrap().0, 1.0);
    }

    #[test]
    fn a_chain_is_its_own_bound_and_pipelining_shortens_it() {
        // lib a (4 s, metadata at 1 s) ← lib b (4 s, metadata at 1 s) ← bin c (2 s).
        let tasks = vec![
            task("a", 4.0, Some(1.0)),
            task("b", 4.0, Some(1.0)),
            task("c", 2.0, None),
        ];
        let whole = Graph {
            tasks: tasks.clone(),
            waits: vec![wait(1, 0, false), wait(2, 1, false)],
        };
        assert_eq!(whole.critical_path().unwrap(), (10.0, vec![0, 1, 2]));
        assert_eq!(whole.simulate(8).unwrap(), 10.0);
        // b needs only a's metadata: it starts at 1 s, and c, which links, waits for
        // all of b.
        let piped = Graph {
            tasks,
            waits: vec![wait(1, 0, true), wait(2, 1, false), wait(2, 0, false)],
        };
        assert_eq!(piped.critical_path().unwrap(), (7.0, vec![0, 1, 2]));
        assert_eq!(piped.simulate(2).unwrap(), 7.0);
        // One worker: everything in a row.
        assert_eq!(piped.simulate(1).unwrap(), 10.0);
    }

    #[test]
    fn the_longest_path_goes_first() {
        // A long chain (x → y) and two short units: with 2 workers, starting the chain
        // first finishes at 4 s; starting the short ones first would take 5 s.
        let g = Graph {
            tasks: vec![
                task("s1", 1.0, None),
                task("s2", 1.0, None),
                task("x", 2.0, None),
                task("y", 2.0, None),
            ],
            waits: vec![wait(3, 2, false)],
        };
        assert_eq!(g.simulate(2).unwrap(), 4.0);
    }

    #[test]
    fn the_simulation_stays_between_the_critical_path_and_the_sum() {
        let g = Graph {
            tasks: (0..12)
                .map(|i| task(&format!("u{i}"), 0.5 + (i % 5) as f64, Some(0.3)))
                .collect(),
            waits: (1..12)
                .map(|i| wait(i, (i * 7 + 3) % i, i % 2 == 0))
                .collect(),
        };
        let (cp, _) = g.critical_path().unwrap();
        let total: f64 = g.tasks.iter().map(|t| t.seconds).sum();
        for n in [1, 2, 4, 8, 16, 64] {
            let t = g.simulate(n).unwrap();
            assert!(
                t >= cp - 1e-9 && t <= total + 1e-9,
                "{n}: {t} not in {cp}..{total}"
            );
        }
        assert!((g.simulate(1).unwrap() - total).abs() < 1e-9);
        assert!((g.simulate(64).unwrap() - cp).abs() < 1e-9);
    }

    #[test]
    fn units_that_take_no_time_end_nothing_early() {
        // A build script's run timed at zero, between its script and its library.
        let g = Graph {
            tasks: vec![
                task("script", 1.0, None),
                task("run", 0.0, None),
                task("lib", 2.0, Some(1.0)),
                task("other", 3.0, None),
            ],
            waits: vec![wait(1, 0, false), wait(2, 1, false)],
        };
        assert_eq!(g.simulate(1).unwrap(), 6.0);
        assert_eq!(g.simulate(2).unwrap(), 3.0);
        assert_eq!(g.critical_path().unwrap().0, 3.0);
    }

    #[test]
    fn a_cycle_is_an_error_not_a_hang() {
        let g = Graph {
            tasks: vec![task("a", 1.0, None), task("b", 1.0, None)],
            waits: vec![wait(0, 1, false), wait(1, 0, false)],
        };
        assert!(g.simulate(2).is_err());
        assert!(g.critical_path().is_err());
    }
}
